package io.kubesteward.declarations.flux;

/** The source a reference resolves to, or why none does (for the skip detail). */
record SourceLookup<T extends FluxSource>(T found, String failure) {

    static <T extends FluxSource> SourceLookup<T> found(T source) {
        return new SourceLookup<>(source, null);
    }

    static <T extends FluxSource> SourceLookup<T> failed(String why) {
        return new SourceLookup<>(null, why);
    }
}
