package io.kubesteward.declarations.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block structure of a template's control actions. Alternatives ({@code else} branches) and
 * definitions ({@code define}, which write nothing in place) are blanked, offsets kept.
 */
final class ControlBlocks {
    private static final Pattern KEYWORD = Pattern.compile("^(if|range|with|define|block|else|end)\\b");

    private ControlBlocks() {
    }

    private static final class Block {
        final TemplateAction opening;
        final String keyword;
        int firstBranchEnd = -1;

        Block(TemplateAction opening, String keyword) {
            this.opening = opening;
            this.keyword = keyword;
        }
    }

    /** Blanks alternatives and definitions in {@code text}; returns the first branches that had alternatives. */
    static List<GoTemplateText.Branch> blankAlternatives(char[] text, List<TemplateAction> actions) {
        List<GoTemplateText.Branch> conditional = new ArrayList<>();
        Deque<Block> open = new ArrayDeque<>();
        for (TemplateAction action : actions) {
            Matcher keyword = action.control() ? KEYWORD.matcher(action.inner()) : null;
            if (keyword == null || !keyword.find()) {
                continue;
            }
            switch (keyword.group(1)) {
                case "else" -> {
                    if (!open.isEmpty() && open.peek().firstBranchEnd < 0) {
                        open.peek().firstBranchEnd = action.start();
                    }
                }
                case "end" -> {
                    if (!open.isEmpty()) {
                        close(open.pop(), action, text, conditional);
                    }
                }
                default -> open.push(new Block(action, keyword.group(1)));
            }
        }
        return conditional;
    }

    private static void close(Block block, TemplateAction end, char[] text, List<GoTemplateText.Branch> conditional) {
        if (block.keyword.equals("define")) {
            blank(text, block.opening.end(), end.start());
        } else if (block.firstBranchEnd >= 0) {
            blank(text, block.firstBranchEnd, end.start());
            conditional.add(new GoTemplateText.Branch(block.opening, block.firstBranchEnd));
        }
    }

    private static void blank(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] != '\n' && text[i] != '\r') {
                text[i] = ' ';
            }
        }
    }
}
