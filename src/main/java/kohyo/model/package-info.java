/**
 * Stage 3: the checked edition as immutable records — what the template renders and nothing more.
 *
 * <p>A withheld (非公表) case reaches this package only as a count and an opaque digest: its text is
 * dropped by the check stage, so no later stage can print it by mistake.
 */
package kohyo.model;
