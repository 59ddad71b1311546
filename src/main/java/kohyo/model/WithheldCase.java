package kohyo.model;

/**
 * A withheld (非公表) case as later stages see it: no text at all, only a SHA-256 of its file so that
 * a change can be counted without being shown.
 */
public record WithheldCase(String digest) {}
