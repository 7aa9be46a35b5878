using System;

namespace Jixiao
{
    /// <summary>The language of explanations and messages (JX_LANG_*).</summary>
    public enum Language
    {
        Chinese = 0,
        English = 1,
    }

    /// <summary>The unit a package writes amounts in (JX_MONEY_*).</summary>
    public enum MoneyUnit
    {
        /// <summary>元.</summary>
        Yuan = 0,
        /// <summary>万元 (the default of the forms).</summary>
        WanYuan = 1,
    }

    /// <summary>The native library that was loaded.</summary>
    public static class Library
    {
        /// <summary>The ABI version this binding was written against (JX_ABI_VERSION).</summary>
        public const int ExpectedAbiVersion = 1;

        /// <summary>"0.1.0".</summary>
        public static string Version { get { return Utf8.FromNative(NativeMethods.jx_version_string()); } }

        /// <summary>major · 10000 + minor · 100 + patch.</summary>
        public static int VersionNumber { get { return NativeMethods.jx_version_number(); } }

        public static int AbiVersion { get { return NativeMethods.jx_abi_version(); } }

        /// <summary>The stable name of a status code ("invalid_json"); "unknown" for other numbers.</summary>
        public static string StatusName(StatusCode code)
        {
            return Utf8.FromNative(NativeMethods.jx_status_name((int)code));
        }
    }
}
