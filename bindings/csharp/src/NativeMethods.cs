// P/Invoke declarations for every function of capi/include/jixiao.h (ABI version 1).
//
// Conventions of this file, so that it marshals identically under Mono's mcs and modern .NET:
//  - input strings are passed as byte[] holding UTF-8 and a terminating NUL (Utf8.ToNative), or
//    null for a NULL pointer; blittable arrays are pinned for the call, never copied;
//  - strings the library keeps (const char *, const char **) come back as IntPtr and are copied
//    with Utf8.FromNative; strings the caller owns (char **) come back as IntPtr and are freed with
//    jx_string_free (Utf8.TakeOwned);
//  - size_t is UIntPtr, int is int, the info structs are blittable [StructLayout(Sequential)];
//  - handles are SafeHandle subclasses (Handles.cs), so that a handle is never freed while a call
//    that uses it is running, and never leaked when an exception interrupts a call.
using System;
using System.Runtime.InteropServices;

// The fields of the structs below are written by the native side only.
#pragma warning disable 0649

namespace Jixiao
{
    /// <summary>jx_decimal: (hi · 2^64 + lo) · 10^-scale, a 128-bit two's-complement coefficient.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct NativeDecimal
    {
        public long Hi;
        public ulong Lo;
        public int Scale;
    }

    /// <summary>jx_form_info.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct NativeFormInfo
    {
        public UIntPtr StructSize;
        public IntPtr Kind;
        public IntPtr Name;
        public IntPtr Path;
        public IntPtr Total;
        public IntPtr FiledTotal;
        public IntPtr Grade;
        public IntPtr GradeEn;
        public IntPtr ExecutionRate;
        public IntPtr ExecutionScore;
        public IntPtr TotalExplanationZh;
        public IntPtr TotalExplanationEn;
        public UIntPtr IndicatorCount;
    }

    /// <summary>jx_indicator_info.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct NativeIndicatorInfo
    {
        public UIntPtr StructSize;
        public IntPtr Path;
        public IntPtr Name;
        public IntPtr Weight;
        public IntPtr FiledScore;
        public IntPtr ComputedScore;
        public IntPtr CountedScore;
        public IntPtr Method;
        public IntPtr ExplanationZh;
        public IntPtr ExplanationEn;
    }

    /// <summary>jx_finding_info.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct NativeFindingInfo
    {
        public UIntPtr StructSize;
        public IntPtr Code;
        public int Severity;
        public IntPtr Form;
        public IntPtr FormName;
        public IntPtr Row;
        public IntPtr Field;
        public IntPtr Path;
        public IntPtr MessageZh;
        public IntPtr MessageEn;
        public IntPtr Expected;
        public IntPtr Found;
    }

#pragma warning restore 0649

    internal static class NativeMethods
    {
        /// <summary>The native library: libjixiao_c.so (Linux), libjixiao_c.dylib, jixiao_c.dll.</summary>
        internal const string Library = "jixiao_c";

        internal const int LangZh = 0;
        internal const int LangEn = 1;

        /// <summary>JX_FORM_DEPARTMENT, ((size_t)-1).</summary>
        internal static readonly UIntPtr FormDepartment =
            UIntPtr.Size == 8 ? new UIntPtr(ulong.MaxValue) : new UIntPtr(uint.MaxValue);

        // ---- versions ----------------------------------------------------------------------
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_version_number();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr jx_version_string();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_abi_version();

        // ---- status codes and the last error ---------------------------------------------------
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr jx_status_name(int status);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_last_error_code();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr jx_last_error_message(int lang);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr jx_last_error_path();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_last_error_line();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_last_error_column();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void jx_clear_error();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void jx_string_free(IntPtr s);

        // ---- decimals --------------------------------------------------------------------------
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_decimal_parse(byte[] text, out NativeDecimal result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_decimal_format(NativeDecimal value, byte[] buf, UIntPtr bufSize);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_decimal_add(NativeDecimal a, NativeDecimal b, out NativeDecimal result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_decimal_sub(NativeDecimal a, NativeDecimal b, out NativeDecimal result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_decimal_mul(NativeDecimal a, NativeDecimal b, out NativeDecimal result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_decimal_div(NativeDecimal a, NativeDecimal b, int scale, int mode,
                                                  out NativeDecimal result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_decimal_round(NativeDecimal a, int scale, int mode, out NativeDecimal result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_decimal_compare(NativeDecimal a, NativeDecimal b, out int result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_decimal_calc(byte[] a, byte op, byte[] b, int scale, int mode, out IntPtr result);

        // ---- packages --------------------------------------------------------------------------
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_package_from_json(byte[] json, UIntPtr len, out PackageHandle result);

        // A .NET string is UTF-16: passed as it is (LPWStr: pinned by .NET, copied by Mono), with its
        // Length in UTF-16 units, and transcoded by the library instead of encoded to UTF-8 here.
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_package_from_json_utf16([MarshalAs(UnmanagedType.LPWStr)] string json, UIntPtr units,
                                                              out PackageHandle result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_package_from_file(byte[] path, out PackageHandle result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_package_to_json(PackageHandle package, out IntPtr result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void jx_package_free(IntPtr package);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_package_warning_count(PackageHandle package, out UIntPtr result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_package_warning(PackageHandle package, UIntPtr index, int lang,
                                                      out IntPtr message, out IntPtr path);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_package_new(byte[] unitName, int year, int moneyUnit, out PackageHandle result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_package_set_department(PackageHandle package, byte[] unitName);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_package_add_project(PackageHandle package, byte[] projectName,
                                                          byte[] implementingUnit, out UIntPtr form);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_form_set_funds(PackageHandle package, UIntPtr form, byte[] initialBudget,
                                                     byte[] annualBudget, byte[] executed, byte[] weight,
                                                     byte[] selfScore);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_form_add_indicator(PackageHandle package, UIntPtr form, byte[] level1,
                                                         byte[] level2, byte[] name, byte[] target, byte[] actual,
                                                         byte[] unit, byte[] weight, byte[] selfScore,
                                                         byte[] deviation);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_form_set_total(PackageHandle package, UIntPtr form, byte[] totalWeight,
                                                     byte[] totalSelfScore);

        // ---- policies --------------------------------------------------------------------------
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_policy_builtin(byte[] name, out PolicyHandle result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_policy_from_json(byte[] json, UIntPtr len, out PolicyHandle result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_policy_from_file(byte[] path, out PolicyHandle result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_policy_to_json(PolicyHandle policy, out IntPtr result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void jx_policy_free(IntPtr policy);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern UIntPtr jx_policy_builtin_count();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr jx_policy_builtin_name(UIntPtr index);

        // ---- evaluation ------------------------------------------------------------------------
        // The policy parameters take an IntPtr-valued handle through PolicyHandle; a null policy is
        // passed as PolicyHandle.Null (IntPtr.Zero), which the library reads as the default.
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_evaluate(PackageHandle package, PolicyHandle policy, out ResultHandle result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_evaluate_json(byte[] json, UIntPtr len, PolicyHandle policy, out ResultHandle result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_evaluate_json_utf16([MarshalAs(UnmanagedType.LPWStr)] string json, UIntPtr units,
                                                          PolicyHandle policy, out ResultHandle result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_result_to_json(ResultHandle result, out IntPtr json);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void jx_result_free(IntPtr result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_result_form_count(ResultHandle result, out UIntPtr count);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_result_form(ResultHandle result, UIntPtr form, ref NativeFormInfo info);

        // rows[0].StructSize set by the caller (the array's stride); a blittable array, pinned.
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_result_indicators(ResultHandle result, UIntPtr form,
                                                        [In, Out] NativeIndicatorInfo[] rows, UIntPtr capacity,
                                                        out UIntPtr count);

        // ---- audit -----------------------------------------------------------------------------
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_audit_package(PackageHandle package, PolicyHandle policy, out AuditHandle result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_audit_to_json(AuditHandle audit, out IntPtr json);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void jx_audit_free(IntPtr audit);

        /// <summary>The result is owned by the audit: wrapped by ResultHandle.Borrow, never freed.</summary>
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_audit_result(AuditHandle audit, out IntPtr result);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_audit_finding_count(AuditHandle audit, out UIntPtr count);

        // findings[0].StructSize set by the caller (the array's stride); a blittable array, pinned.
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_audit_findings(AuditHandle audit, [In, Out] NativeFindingInfo[] findings,
                                                     UIntPtr capacity, out UIntPtr count);

        // ---- one indicator, one execution rate --------------------------------------------------
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_score_indicator(PolicyHandle policy, byte[] target, byte[] actual, byte[] unit,
                                                      byte[] weight, byte[] selfScore, int lang,
                                                      out IntPtr score, out IntPtr explanation);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int jx_score_execution(PolicyHandle policy, byte[] annualBudget, byte[] executed,
                                                      out IntPtr rate, out IntPtr score);
    }
}
