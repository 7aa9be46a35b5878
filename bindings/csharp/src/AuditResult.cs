using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Jixiao
{
    /// <summary>How bad a finding is (JX_SEVERITY_*).</summary>
    public enum Severity
    {
        /// <summary>提示.</summary>
        Info = 0,
        /// <summary>警告.</summary>
        Warning = 1,
        /// <summary>错误.</summary>
        Error = 2,
    }

    /// <summary>A defect found in a package (审核发现), with a stable code.</summary>
    public sealed class Finding
    {
        internal Finding() { }

        /// <summary>"JX-A01": stable, never reused.</summary>
        public string Code { get; internal set; }
        public Severity Severity { get; internal set; }
        /// <summary>"package", "basic_data", "department", "project", "report".</summary>
        public string Form { get; internal set; }
        /// <summary>The project's name, the unit's name, or the report's title.</summary>
        public string FormName { get; internal set; }
        /// <summary>The row as printed: an indicator's name, "年度资金总额".</summary>
        public string Row { get; internal set; }
        /// <summary>The cell: "executed", "self_score", …; "" for the row or form.</summary>
        public string Field { get; internal set; }
        /// <summary>JSON path of the cell, row or form in the package.</summary>
        public string Path { get; internal set; }
        public string MessageZh { get; internal set; }
        public string MessageEn { get; internal set; }
        /// <summary>The number it should be, or null.</summary>
        public string Expected { get; internal set; }
        /// <summary>The number found, or null.</summary>
        public string Found { get; internal set; }

        public override string ToString() { return Code + " " + Path + " " + MessageZh; }
    }

    /// <summary>The findings of an audit and the evaluation they are based on.</summary>
    public sealed class AuditResult : IDisposable
    {
        internal readonly AuditHandle Handle;
        private readonly object gate = new object();
        private IReadOnlyList<Finding> findings;
        private EvaluationResult evaluation;

        internal AuditResult(AuditHandle handle)
        {
            Handle = handle;
        }

        /// <summary>The findings in report order. Read once; usable after Dispose.</summary>
        public IReadOnlyList<Finding> Findings
        {
            get
            {
                lock (gate)
                {
                    if (findings == null) findings = ReadFindings();
                    return findings;
                }
            }
        }

        /// <summary>The evaluation the audit made. It belongs to the audit: it is never freed on its
        /// own, and keeps the audit's native memory alive until both are disposed.</summary>
        public EvaluationResult Evaluation
        {
            get
            {
                lock (gate)
                {
                    if (evaluation == null || evaluation.Handle.IsClosed)
                        evaluation = new EvaluationResult(ResultHandle.Borrow(Handle));
                    return evaluation;
                }
            }
        }

        public int ErrorCount { get { return Count(Severity.Error); } }
        public int WarningCount { get { return Count(Severity.Warning); } }
        public int InfoCount { get { return Count(Severity.Info); } }

        /// <summary>The audit as JSON (format "jixiao-audit").</summary>
        public string ToJson()
        {
            IntPtr json;
            Errors.Check(NativeMethods.jx_audit_to_json(Handle, out json));
            return Utf8.TakeOwned(json);
        }

        /// <summary>Disposes the evaluation obtained from <see cref="Evaluation"/> too.</summary>
        public void Dispose()
        {
            lock (gate)
            {
                if (evaluation != null) evaluation.Dispose();
            }
            Handle.Dispose();
        }

        private int Count(Severity severity)
        {
            int n = 0;
            foreach (Finding f in Findings)
                if (f.Severity == severity) n++;
            return n;
        }

        private IReadOnlyList<Finding> ReadFindings()
        {
            // Every finding in one call (jx_audit_findings), not one call per finding.
            UIntPtr count;
            Errors.Check(NativeMethods.jx_audit_finding_count(Handle, out count));
            var infos = new NativeFindingInfo[Math.Max(count.ToUInt64(), 1UL)];
            infos[0].StructSize = new UIntPtr((uint)Marshal.SizeOf(typeof(NativeFindingInfo)));
            UIntPtr filled;
            Errors.Check(NativeMethods.jx_audit_findings(Handle, infos, count, out filled));
            ulong n = Math.Min(count.ToUInt64(), filled.ToUInt64());
            var list = new List<Finding>((int)n);
            for (ulong i = 0; i < n; i++)
            {
                NativeFindingInfo info = infos[i];
                list.Add(new Finding
                {
                    Code = Utf8.FromNative(info.Code),
                    Severity = (Severity)info.Severity,
                    Form = Utf8.FromNative(info.Form),
                    FormName = Utf8.FromNative(info.FormName),
                    Row = Utf8.FromNative(info.Row),
                    Field = Utf8.FromNative(info.Field),
                    Path = Utf8.FromNative(info.Path),
                    MessageZh = Utf8.FromNative(info.MessageZh),
                    MessageEn = Utf8.FromNative(info.MessageEn),
                    Expected = Utf8.FromNative(info.Expected),
                    Found = Utf8.FromNative(info.Found),
                });
            }
            return list.AsReadOnly();
        }
    }
}
