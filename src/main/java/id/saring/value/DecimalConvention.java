package id.saring.value;

/** Which mark a column uses for decimals: the one thing a number like {@code 1.234} cannot tell by itself. */
public enum DecimalConvention {
    /** Indonesian: {@code .} groups thousands, {@code ,} is the decimal mark ({@code 3.489.328.596,50}). */
    COMMA,
    /** English: {@code ,} groups thousands, {@code .} is the decimal mark ({@code 141,531,258,069.50}). */
    DOT,
    /** Nothing seen so far settles it. */
    UNSETTLED
}
