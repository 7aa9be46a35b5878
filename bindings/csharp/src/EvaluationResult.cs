using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Jixiao
{
    /// <summary>One 三级 row, scored.</summary>
    public sealed class IndicatorResult
    {
        internal IndicatorResult() { }

        /// <summary>JSON path of the row in the package.</summary>
        public string Path { get; internal set; }
        public string Name { get; internal set; }
        /// <summary>分值 (0 when blank).</summary>
        public decimal Weight { get; internal set; }
        /// <summary>自评得分 as filed, or null.</summary>
        public decimal? FiledScore { get; internal set; }
        /// <summary>The score by the policy's rule, or null when no rule applies.</summary>
        public decimal? ComputedScore { get; internal set; }
        /// <summary>What the subtotals add: computed, else filed, else 0.</summary>
        public decimal CountedScore { get; internal set; }
        /// <summary>"full_marks", "proportional", "qualitative", "not_scored", ….</summary>
        public string Method { get; internal set; }
        public string ExplanationZh { get; internal set; }
        public string ExplanationEn { get; internal set; }

        public override string ToString() { return Name + " " + JixiaoDecimal.ToText(CountedScore); }
    }

    /// <summary>A scored 部门整体 or 项目支出 self-evaluation form.</summary>
    public sealed class FormResult
    {
        /// <summary>"department" or "project".</summary>
        public string Kind { get; internal set; }
        public bool IsDepartment { get { return Kind == "department"; } }
        /// <summary>The project's name, or the unit's.</summary>
        public string Name { get; internal set; }
        /// <summary>"$.department", "$.projects[0]".</summary>
        public string Path { get; internal set; }
        /// <summary>The computed 总分 (98.00m).</summary>
        public decimal Total { get; internal set; }
        /// <summary>总分 as filed, or null.</summary>
        public decimal? FiledTotal { get; internal set; }
        /// <summary>"优", "良", "中", "差".</summary>
        public string Grade { get; internal set; }
        /// <summary>"excellent", ….</summary>
        public string GradeEn { get; internal set; }
        /// <summary>预算执行率 as the library writes it ("100.00%"), or null.</summary>
        public string ExecutionRate { get; internal set; }
        /// <summary>预算执行率 as a number of percent (100.00m for "100.00%"), or null.</summary>
        public decimal? ExecutionRatePercent
        {
            get
            {
                if (string.IsNullOrEmpty(ExecutionRate)) return null;
                return JixiaoDecimal.ToDecimal(ExecutionRate.TrimEnd('%'));
            }
        }
        /// <summary>The points of the execution rate ("10.00"), or null.</summary>
        public decimal? ExecutionScore { get; internal set; }
        public string TotalExplanationZh { get; internal set; }
        public string TotalExplanationEn { get; internal set; }
        /// <summary>The 三级 rows in table order. Read from the native result on first access (a
        /// form's rows are most of what a result holds, and a batch that reads totals never needs
        /// them), then kept: read them before the <see cref="EvaluationResult"/> is disposed. Read
        /// first after that, they throw ObjectDisposedException.</summary>
        public IReadOnlyList<IndicatorResult> Indicators
        {
            get
            {
                IReadOnlyList<IndicatorResult> rows = indicators;
                return rows ?? ReadIndicators();
            }
        }

        private volatile IReadOnlyList<IndicatorResult> indicators;
        private volatile EvaluationResult source;  // until the rows are read
        private readonly ulong index, indicatorCount;

        internal FormResult(EvaluationResult source, ulong index, ulong indicatorCount)
        {
            this.source = source;
            this.index = index;
            this.indicatorCount = indicatorCount;
        }

        private IReadOnlyList<IndicatorResult> ReadIndicators()
        {
            EvaluationResult from = source;
            if (from == null) return indicators;  // read by another thread meanwhile
            IReadOnlyList<IndicatorResult> rows = from.ReadIndicators(index, indicatorCount);
            lock (from.Gate)
            {
                if (indicators == null) indicators = rows;
                source = null;  // the form no longer keeps the result reachable
                return indicators;
            }
        }

        public override string ToString() { return Name + " " + JixiaoDecimal.ToText(Total) + " " + Grade; }
    }

    /// <summary>The scores of every form of a package. The forms are read once, into managed
    /// objects that stay usable after Dispose, except for the rows of a form
    /// (<see cref="FormResult.Indicators"/>), read on first access, which must come before Dispose;
    /// <see cref="ToJson"/> needs the native result.</summary>
    public sealed class EvaluationResult : IDisposable
    {
        internal readonly ResultHandle Handle;
        private IReadOnlyList<FormResult> forms;
        internal readonly object Gate = new object();

        internal EvaluationResult(ResultHandle handle)
        {
            Handle = handle;
        }

        /// <summary>The department form first when there is one, then the projects.</summary>
        public IReadOnlyList<FormResult> Forms
        {
            get
            {
                lock (Gate)
                {
                    if (forms == null) forms = ReadForms();
                    return forms;
                }
            }
        }

        /// <summary>The 部门整体 form, or null.</summary>
        public FormResult Department
        {
            get
            {
                foreach (FormResult f in Forms)
                    if (f.IsDepartment) return f;
                return null;
            }
        }

        /// <summary>The 项目支出 forms, in package order.</summary>
        public IReadOnlyList<FormResult> Projects
        {
            get
            {
                var list = new List<FormResult>();
                foreach (FormResult f in Forms)
                    if (!f.IsDepartment) list.Add(f);
                return list.AsReadOnly();
            }
        }

        /// <summary>Every number with its explanation, as JSON (format "jixiao-result").</summary>
        public string ToJson()
        {
            IntPtr json;
            Errors.Check(NativeMethods.jx_result_to_json(Handle, out json));
            return Utf8.TakeOwned(json);
        }

        public void Dispose()
        {
            Handle.Dispose();
        }

        private IReadOnlyList<FormResult> ReadForms()
        {
            UIntPtr count;
            Errors.Check(NativeMethods.jx_result_form_count(Handle, out count));
            var list = new List<FormResult>();
            for (ulong i = 0; i < count.ToUInt64(); i++)
            {
                var info = new NativeFormInfo();
                info.StructSize = new UIntPtr((uint)Marshal.SizeOf(typeof(NativeFormInfo)));
                var index = new UIntPtr(i);
                Errors.Check(NativeMethods.jx_result_form(Handle, index, ref info));
                list.Add(new FormResult(this, i, info.IndicatorCount.ToUInt64())
                {
                    Kind = Utf8.FromNative(info.Kind),
                    Name = Utf8.FromNative(info.Name),
                    Path = Utf8.FromNative(info.Path),
                    Total = JixiaoDecimal.ToDecimal(Utf8.FromNative(info.Total)),
                    FiledTotal = JixiaoDecimal.ToNullableDecimal(Utf8.FromNative(info.FiledTotal)),
                    Grade = Utf8.FromNative(info.Grade),
                    GradeEn = Utf8.FromNative(info.GradeEn),
                    ExecutionRate = Utf8.FromNative(info.ExecutionRate),
                    ExecutionScore = JixiaoDecimal.ToNullableDecimal(Utf8.FromNative(info.ExecutionScore)),
                    TotalExplanationZh = Utf8.FromNative(info.TotalExplanationZh),
                    TotalExplanationEn = Utf8.FromNative(info.TotalExplanationEn),
                });
            }
            return list.AsReadOnly();
        }

        /// <summary>The rows of form `form` (FormResult.Indicators' first access).</summary>
        internal IReadOnlyList<IndicatorResult> ReadIndicators(ulong form, ulong count)
        {
            if (Handle.IsClosed)
                throw new ObjectDisposedException("EvaluationResult",
                    "读取 FormResult.Indicators 须在 EvaluationResult 释放（Dispose）之前 / a form's Indicators are read from " +
                    "the native result on first access: read them before the EvaluationResult is disposed");
            // Every row in one call (jx_result_indicators), not one call per row.
            var infos = new NativeIndicatorInfo[Math.Max(count, 1UL)];
            infos[0].StructSize = new UIntPtr((uint)Marshal.SizeOf(typeof(NativeIndicatorInfo)));
            UIntPtr filled;
            Errors.Check(NativeMethods.jx_result_indicators(Handle, new UIntPtr(form), infos, new UIntPtr(count),
                                                            out filled));
            ulong n = Math.Min(count, filled.ToUInt64());
            var rows = new List<IndicatorResult>((int)n);
            for (ulong k = 0; k < n; k++)
            {
                NativeIndicatorInfo row = infos[k];
                rows.Add(new IndicatorResult
                {
                    Path = Utf8.FromNative(row.Path),
                    Name = Utf8.FromNative(row.Name),
                    Weight = JixiaoDecimal.ToNullableDecimal(Utf8.FromNative(row.Weight)) ?? 0m,
                    FiledScore = JixiaoDecimal.ToNullableDecimal(Utf8.FromNative(row.FiledScore)),
                    ComputedScore = JixiaoDecimal.ToNullableDecimal(Utf8.FromNative(row.ComputedScore)),
                    CountedScore = JixiaoDecimal.ToNullableDecimal(Utf8.FromNative(row.CountedScore)) ?? 0m,
                    Method = Utf8.FromNative(row.Method),
                    ExplanationZh = Utf8.FromNative(row.ExplanationZh),
                    ExplanationEn = Utf8.FromNative(row.ExplanationEn),
                });
            }
            return rows.AsReadOnly();
        }
    }
}
