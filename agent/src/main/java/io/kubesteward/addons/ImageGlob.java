package io.kubesteward.addons;

import java.util.regex.Pattern;

/**
 * An image repository pattern of the catalogue: {@code *} stands for any text within one path part,
 * {@code **} for any text; it is compared with the repository normalised like {@link ImageName}.
 */
final class ImageGlob {
    private final Pattern pattern;
    /** The text before the first and after the last wildcard: most repositories are told apart by them without the regex. */
    private final String prefix;
    private final String suffix;

    private ImageGlob(Pattern pattern, String prefix, String suffix) {
        this.pattern = pattern;
        this.prefix = prefix;
        this.suffix = suffix;
    }

    static ImageGlob of(String glob) {
        String[] parts = ImageName.split(glob);
        String normalised = parts[0] + "/" + parts[1];
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == '*' && i + 1 < normalised.length() && normalised.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        int first = normalised.indexOf('*');
        int last = normalised.lastIndexOf('*');
        return new ImageGlob(Pattern.compile(regex.toString()), first < 0 ? normalised : normalised.substring(0, first),
                first < 0 ? "" : normalised.substring(last + 1));
    }

    /** {@code repository} as {@link ImageName#repository()} writes it. */
    boolean matches(String repository) {
        return repository.startsWith(prefix) && repository.endsWith(suffix) && pattern.matcher(repository).matches();
    }
}
