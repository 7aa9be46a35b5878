// The library's exact decimal arithmetic (38 digits, scale 0..38, eight rounding modes), on text
// and on System.Decimal, and the exact conversions between the library's decimal text and
// System.Decimal that the rest of the binding uses for money and scores.
using System;
using System.Globalization;

namespace Jixiao
{
    /// <summary>Rounding modes (the numbers of JX_ROUND_*).</summary>
    public enum RoundingMode
    {
        /// <summary>四舍五入: half away from zero (−2.5 → −3).</summary>
        HalfUp = 0,
        HalfEven = 1,
        HalfDown = 2,
        Up = 3,
        Down = 4,
        Ceiling = 5,
        Floor = 6,
        /// <summary>No rounding allowed: a value that would change is an error (RoundingNecessary).</summary>
        Unnecessary = 7,
    }

    /// <summary>The decimal API of the library.</summary>
    /// <remarks>
    /// The library's decimals hold up to 38 significant digits with a scale up to 38; System.Decimal
    /// holds a 96-bit coefficient (28–29 digits) with a scale up to 28. Conversions to
    /// System.Decimal are exact or throw <see cref="OverflowException"/>: trailing zeros after the
    /// point are dropped when that makes a value fit, but a value is never rounded. Use the string
    /// overloads to compute with the full 38 digits.
    /// </remarks>
    public static class JixiaoDecimal
    {
        // ---- on text ------------------------------------------------------------------------

        /// <summary>Reads a number as people type it ("1,234.50", "１２.５", "-0.35") and returns the
        /// library's plain text for it ("1234.50").</summary>
        public static string Normalize(string text)
        {
            return Format(ParseNative(text));
        }

        public static string Add(string a, string b) { return Calc(a, '+', b, 0, RoundingMode.HalfUp); }
        public static string Subtract(string a, string b) { return Calc(a, '-', b, 0, RoundingMode.HalfUp); }
        public static string Multiply(string a, string b) { return Calc(a, '*', b, 0, RoundingMode.HalfUp); }

        /// <summary>a ÷ b rounded to <paramref name="scale"/> places. Division by zero throws a
        /// JixiaoException with Code DivisionByZero.</summary>
        public static string Divide(string a, string b, int scale, RoundingMode mode = RoundingMode.HalfUp)
        {
            return Calc(a, '/', b, scale, mode);
        }

        /// <summary>a rounded to <paramref name="scale"/> places.</summary>
        public static string Round(string a, int scale, RoundingMode mode = RoundingMode.HalfUp)
        {
            return Calc(a, 'r', null, scale, mode);
        }

        /// <summary>jx_decimal_calc: op is '+', '-', '*', '/' (scale and mode for '/' only) or 'r'
        /// (round a to scale; b unused).</summary>
        public static string Calc(string a, char op, string b, int scale, RoundingMode mode)
        {
            if (a == null) throw new ArgumentNullException("a");
            if (b == null && op != 'r') throw new ArgumentNullException("b");
            if (op > 0x7f) throw new ArgumentException("op must be one of + - * / r", "op");
            IntPtr result;
            Errors.Check(NativeMethods.jx_decimal_calc(Utf8.ToNative(a, "a"), (byte)op, Utf8.ToNative(b, "b"),
                                                       scale, (int)mode, out result));
            return Utf8.TakeOwned(result);
        }

        /// <summary>-1, 0 or 1; numeric ("2.50" equals "2.5").</summary>
        public static int Compare(string a, string b)
        {
            return Compare(ParseNative(a), ParseNative(b));
        }

        // ---- on System.Decimal, through jx_decimal ------------------------------------------------

        /// <summary>Reads a number as people type it into a System.Decimal (exact, or OverflowException).</summary>
        public static decimal Parse(string text)
        {
            return FromNative(ParseNative(text));
        }

        public static decimal Add(decimal a, decimal b)
        {
            NativeDecimal r;
            Errors.Check(NativeMethods.jx_decimal_add(ToNative(a), ToNative(b), out r));
            return FromNative(r);
        }

        public static decimal Subtract(decimal a, decimal b)
        {
            NativeDecimal r;
            Errors.Check(NativeMethods.jx_decimal_sub(ToNative(a), ToNative(b), out r));
            return FromNative(r);
        }

        public static decimal Multiply(decimal a, decimal b)
        {
            NativeDecimal r;
            Errors.Check(NativeMethods.jx_decimal_mul(ToNative(a), ToNative(b), out r));
            return FromNative(r);
        }

        public static decimal Divide(decimal a, decimal b, int scale, RoundingMode mode = RoundingMode.HalfUp)
        {
            NativeDecimal r;
            Errors.Check(NativeMethods.jx_decimal_div(ToNative(a), ToNative(b), scale, (int)mode, out r));
            return FromNative(r);
        }

        public static decimal Round(decimal a, int scale, RoundingMode mode = RoundingMode.HalfUp)
        {
            NativeDecimal r;
            Errors.Check(NativeMethods.jx_decimal_round(ToNative(a), scale, (int)mode, out r));
            return FromNative(r);
        }

        public static int Compare(decimal a, decimal b)
        {
            return Compare(ToNative(a), ToNative(b));
        }

        /// <summary>The library's plain text for a System.Decimal ("-1234.50"), through jx_decimal_format.</summary>
        public static string Format(decimal value)
        {
            return Format(ToNative(value));
        }

        // ---- exact text ↔ System.Decimal ----------------------------------------------------------

        /// <summary>The library's plain decimal text ("98.00", "-0.35") as a System.Decimal, exactly,
        /// keeping the scale (98.00m). Trailing zeros after the point are dropped only when the value
        /// would not fit otherwise. Throws OverflowException when the value needs more than
        /// System.Decimal's 96-bit coefficient or 28 places, FormatException for other text.</summary>
        public static decimal ToDecimal(string text)
        {
            if (text == null) throw new ArgumentNullException("text");
            decimal quick;
            if (TryShortPlain(text, out quick)) return quick;
            string s = text.Trim();
            int i = 0;
            bool negative = false;
            if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
            {
                negative = s[0] == '-';
                i = 1;
            }
            int dot = s.IndexOf('.', i);
            string integer = dot < 0 ? s.Substring(i) : s.Substring(i, dot - i);
            string fraction = dot < 0 ? string.Empty : s.Substring(dot + 1);
            if (integer.Length + fraction.Length == 0 || !AllDigits(integer) || !AllDigits(fraction))
                throw new FormatException("not a plain decimal number: \"" + text + "\"");
            decimal result;
            if (TryBuild(integer, fraction, negative, out result)) return result;
            string trimmed = fraction.TrimEnd('0');
            if (trimmed.Length != fraction.Length && TryBuild(integer, trimmed, negative, out result)) return result;
            throw new OverflowException("the decimal " + text + " does not fit in System.Decimal " +
                                        "(a 96-bit coefficient and at most 28 places); use the string API");
        }

        /// <summary>ToDecimal, or null for null or "".</summary>
        internal static decimal? ToNullableDecimal(string text)
        {
            if (string.IsNullOrEmpty(text)) return null;
            return ToDecimal(text);
        }

        /// <summary>Plain invariant text for a System.Decimal ("-1234.50"), without calling the library.</summary>
        internal static string ToText(decimal value)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        internal static string ToText(decimal? value)
        {
            return value.HasValue ? ToText(value.Value) : null;
        }

        /// <summary>The library's own output (a sign, at most 19 digits, one point, no spaces: "98.00")
        /// read in one pass into a 64-bit coefficient; false for anything else, which the general
        /// path reads. A tenth of the time of the general path, which multiplies System.Decimals.</summary>
        private static bool TryShortPlain(string s, out decimal result)
        {
            result = 0m;
            int i = 0, digits = 0, scale = -1;
            bool negative = false;
            if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
            {
                negative = s[0] == '-';
                i = 1;
            }
            ulong coefficient = 0;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                if (c >= '0' && c <= '9')
                {
                    if (++digits > 19) return false;  // 10^19 - 1 fits a ulong
                    coefficient = coefficient * 10 + (ulong)(c - '0');
                    if (scale >= 0) scale++;
                }
                else if (c == '.' && scale < 0)
                    scale = 0;
                else
                    return false;
            }
            if (scale < 0) scale = 0;
            if (digits == 0 || scale > 28) return false;
            result = new decimal(unchecked((int)coefficient), unchecked((int)(coefficient >> 32)), 0, negative, (byte)scale);
            return true;
        }

        private static bool AllDigits(string s)
        {
            foreach (char c in s)
                if (c < '0' || c > '9') return false;
            return true;
        }

        private static bool TryBuild(string integer, string fraction, bool negative, out decimal result)
        {
            result = 0m;
            if (fraction.Length > 28) return false;
            decimal coefficient = 0m;
            try
            {
                foreach (char c in integer) coefficient = coefficient * 10m + (c - '0');
                foreach (char c in fraction) coefficient = coefficient * 10m + (c - '0');
            }
            catch (OverflowException)
            {
                return false;
            }
            int[] bits = decimal.GetBits(coefficient);
            result = new decimal(bits[0], bits[1], bits[2], negative, (byte)fraction.Length);
            return true;
        }

        // ---- jx_decimal ↔ System.Decimal --------------------------------------------------------

        internal static NativeDecimal ToNative(decimal value)
        {
            int[] bits = decimal.GetBits(value);
            ulong lo = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            ulong hi = (uint)bits[2];
            if (bits[3] < 0)
            {
                // two's complement of the 128-bit magnitude
                lo = ~lo + 1;
                hi = ~hi + (lo == 0 ? 1UL : 0UL);
            }
            return new NativeDecimal { Hi = unchecked((long)hi), Lo = lo, Scale = (bits[3] >> 16) & 0xff };
        }

        internal static decimal FromNative(NativeDecimal value)
        {
            bool negative = value.Hi < 0;
            ulong hi = unchecked((ulong)value.Hi);
            ulong lo = value.Lo;
            if (negative)
            {
                lo = ~lo + 1;
                hi = ~hi + (lo == 0 ? 1UL : 0UL);
            }
            int scale = value.Scale;
            // Drop trailing zeros while the value does not fit (never rounds).
            while ((hi > uint.MaxValue || scale > 28) && scale > 0)
            {
                ulong qhi, qlo;
                if (DivRem10(hi, lo, out qhi, out qlo) != 0) break;
                hi = qhi;
                lo = qlo;
                scale--;
            }
            if (hi > uint.MaxValue || scale > 28 || scale < 0)
                throw new OverflowException("the decimal " + Format(value) + " does not fit in System.Decimal " +
                                            "(a 96-bit coefficient and at most 28 places); use the string API");
            return new decimal(unchecked((int)(uint)lo), unchecked((int)(uint)(lo >> 32)), unchecked((int)(uint)hi),
                               negative, (byte)scale);
        }

        // (hi·2^64 + lo) ÷ 10 on four 32-bit limbs; returns the remainder.
        private static uint DivRem10(ulong hi, ulong lo, out ulong qhi, out ulong qlo)
        {
            ulong[] limbs = { hi >> 32, hi & 0xffffffff, lo >> 32, lo & 0xffffffff };
            ulong rem = 0;
            for (int k = 0; k < 4; k++)
            {
                ulong cur = (rem << 32) | limbs[k];
                limbs[k] = cur / 10;
                rem = cur % 10;
            }
            qhi = (limbs[0] << 32) | limbs[1];
            qlo = (limbs[2] << 32) | limbs[3];
            return (uint)rem;
        }

        internal static NativeDecimal ParseNative(string text)
        {
            if (text == null) throw new ArgumentNullException("text");
            NativeDecimal r;
            Errors.Check(NativeMethods.jx_decimal_parse(Utf8.ToNative(text, "text"), out r));
            return r;
        }

        internal static string Format(NativeDecimal value)
        {
            var buf = new byte[64];
            Errors.Check(NativeMethods.jx_decimal_format(value, buf, new UIntPtr((uint)buf.Length)));
            int n = Array.IndexOf(buf, (byte)0);
            return System.Text.Encoding.UTF8.GetString(buf, 0, n < 0 ? buf.Length : n);
        }

        private static int Compare(NativeDecimal a, NativeDecimal b)
        {
            int r;
            Errors.Check(NativeMethods.jx_decimal_compare(a, b, out r));
            return r;
        }
    }
}
