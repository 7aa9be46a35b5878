// UTF-8 across the boundary, by hand, so that the code is the same under Mono 6.8 and .NET (and
// targets netstandard2.0, which has no Marshal.PtrToStringUTF8 and no UnmanagedType.LPUTF8Str).
using System;
using System.Text;

namespace Jixiao
{
    internal static class Utf8
    {
        // Strict: a lone surrogate in a .NET string throws instead of becoming U+FFFD silently.
        private static readonly UTF8Encoding Strict = new UTF8Encoding(false, true);

        /// <summary>The string as UTF-8 with a terminating NUL, or null (a NULL pointer) for null.
        /// A string holding U+0000 is refused: C would read it as shorter than it is.</summary>
        internal static byte[] ToNative(string s, string parameterName)
        {
            if (s == null) return null;
            if (s.IndexOf('\0') >= 0)
                throw new ArgumentException("the string contains U+0000, which C strings cannot hold", parameterName);
            int n = Strict.GetByteCount(s);
            var bytes = new byte[n + 1];
            Strict.GetBytes(s, 0, s.Length, bytes, 0);
            return bytes;
        }

        /// <summary>UTF-8 with no terminator, for the functions that take a length (JSON text).</summary>
        internal static byte[] ToNativeCounted(string s)
        {
            return Strict.GetBytes(s);
        }

        /// <summary>Copies a NUL-terminated UTF-8 string the library keeps; null for NULL. Read through
        /// a pointer: a Marshal.ReadByte call per byte and a copy into a byte[] cost 14 µs more per
        /// package of the benchmark batch (every form and row read, under Mono).</summary>
        internal static unsafe string FromNative(IntPtr p)
        {
            if (p == IntPtr.Zero) return null;
            byte* bytes = (byte*)p;
            int n = 0;
            while (bytes[n] != 0) n++;
            return n == 0 ? string.Empty : Encoding.UTF8.GetString(bytes, n);
        }

        /// <summary>Copies a string the caller owns (char **) and frees it with jx_string_free.</summary>
        internal static string TakeOwned(IntPtr p)
        {
            if (p == IntPtr.Zero) return null;
            try
            {
                return FromNative(p);
            }
            finally
            {
                NativeMethods.jx_string_free(p);
            }
        }
    }
}
