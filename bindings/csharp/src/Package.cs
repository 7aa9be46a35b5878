using System;
using System.Collections.Generic;

namespace Jixiao
{
    /// <summary>A field the reader did not know, kept as a warning (the package still loads).</summary>
    public sealed class PackageWarning
    {
        internal PackageWarning(string messageZh, string messageEn, string path)
        {
            MessageZh = messageZh;
            MessageEn = messageEn;
            Path = path;
        }

        public string MessageZh { get; private set; }
        public string MessageEn { get; private set; }
        /// <summary>JSON path of the field ("$.bogus").</summary>
        public string Path { get; private set; }

        public override string ToString() { return Path + ": " + MessageZh; }
    }

    /// <summary>A self-evaluation package (自评材料): the basic data table, the 部门整体 form, the
    /// 项目支出 forms and the report.</summary>
    public sealed class Package : IDisposable
    {
        internal readonly PackageHandle Handle;
        private IReadOnlyList<PackageWarning> warnings;

        private Package(PackageHandle handle)
        {
            Handle = handle;
        }

        /// <summary>Reads a package file (format "jixiao-package"). Errors carry the JSON path, line
        /// and column: Code InvalidJson, InvalidPackage or IO.</summary>
        public static Package Load(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            PackageHandle h;
            int status = NativeMethods.jx_package_from_file(Utf8.ToNative(path, "path"), out h);
            return Wrap(status, h);
        }

        /// <summary>Reads a package from JSON text. The string goes to the library as UTF-16, as .NET
        /// holds it; a lone surrogate is a JixiaoException (Code InvalidUtf8) with its line and column.</summary>
        public static Package FromJson(string json)
        {
            if (json == null) throw new ArgumentNullException("json");
            PackageHandle h;
            int status = NativeMethods.jx_package_from_json_utf16(json, new UIntPtr((uint)json.Length), out h);
            return Wrap(status, h);
        }

        /// <summary>Reads a package from JSON text as UTF-8 bytes, as a file holds it
        /// (File.ReadAllBytes): passed to the library as they are (pinned, not copied), with no
        /// decoding to a string and back. Bytes that are not UTF-8 are a JixiaoException (Code
        /// InvalidUtf8) with their line and column.</summary>
        public static Package FromJson(byte[] utf8Json)
        {
            if (utf8Json == null) throw new ArgumentNullException("utf8Json");
            PackageHandle h;
            int status = NativeMethods.jx_package_from_json(utf8Json, new UIntPtr((uint)utf8Json.Length), out h);
            return Wrap(status, h);
        }

        /// <summary>Reads a package from JSON text and scores it in one library call
        /// (jx_evaluate_json_utf16), without a Package: for batches that need only the results. The
        /// reader's warnings (unknown fields) are not kept. policy null = the default (national-2020).
        /// Errors are those of <see cref="FromJson(string)"/> and <see cref="Evaluate"/>.</summary>
        public static EvaluationResult EvaluateJson(string json, Policy policy = null)
        {
            if (json == null) throw new ArgumentNullException("json");
            ResultHandle h;
            int status = NativeMethods.jx_evaluate_json_utf16(json, new UIntPtr((uint)json.Length), Policy.HandleOf(policy),
                                                              out h);
            return WrapResult(status, h);
        }

        /// <summary><see cref="EvaluateJson(string, Policy)"/> on UTF-8 bytes, as
        /// <see cref="FromJson(byte[])"/> reads them (jx_evaluate_json).</summary>
        public static EvaluationResult EvaluateJson(byte[] utf8Json, Policy policy = null)
        {
            if (utf8Json == null) throw new ArgumentNullException("utf8Json");
            ResultHandle h;
            int status = NativeMethods.jx_evaluate_json(utf8Json, new UIntPtr((uint)utf8Json.Length), Policy.HandleOf(policy),
                                                        out h);
            return WrapResult(status, h);
        }

        private static EvaluationResult WrapResult(int status, ResultHandle h)
        {
            if (status != 0)
            {
                JixiaoException error = Errors.FromLastError(status);
                h.Dispose();
                throw error;
            }
            return new EvaluationResult(h);
        }

        /// <summary>An empty package, to fill from code: <see cref="SetDepartment"/>,
        /// <see cref="AddProject"/> and the <see cref="FormBuilder"/> they return.</summary>
        public static Package Create(string unitName, int year, MoneyUnit moneyUnit = MoneyUnit.WanYuan)
        {
            if (unitName == null) throw new ArgumentNullException("unitName");
            PackageHandle h;
            int status = NativeMethods.jx_package_new(Utf8.ToNative(unitName, "unitName"), year, (int)moneyUnit, out h);
            return Wrap(status, h);
        }

        /// <summary>Adds the 部门整体支出绩效自评表 (replacing one already there).</summary>
        public FormBuilder SetDepartment(string unitName)
        {
            if (unitName == null) throw new ArgumentNullException("unitName");
            Errors.Check(NativeMethods.jx_package_set_department(Handle, Utf8.ToNative(unitName, "unitName")));
            warnings = null;
            return new FormBuilder(this, NativeMethods.FormDepartment, -1);
        }

        /// <summary>Adds a 项目支出绩效自评表.</summary>
        public FormBuilder AddProject(string projectName, string implementingUnit = null)
        {
            if (projectName == null) throw new ArgumentNullException("projectName");
            UIntPtr index;
            Errors.Check(NativeMethods.jx_package_add_project(Handle, Utf8.ToNative(projectName, "projectName"),
                                                              Utf8.ToNative(implementingUnit, "implementingUnit"),
                                                              out index));
            return new FormBuilder(this, index, checked((int)index.ToUInt64()));
        }

        /// <summary>The 部门整体 form, to add rows to after <see cref="SetDepartment"/>.</summary>
        public FormBuilder Department { get { return new FormBuilder(this, NativeMethods.FormDepartment, -1); } }

        /// <summary>The index-th project form, to add rows to.</summary>
        public FormBuilder Project(int index)
        {
            if (index < 0) throw new ArgumentOutOfRangeException("index");
            return new FormBuilder(this, new UIntPtr((uint)index), index);
        }

        /// <summary>The package as JSON (format "jixiao-package").</summary>
        public string ToJson()
        {
            IntPtr json;
            Errors.Check(NativeMethods.jx_package_to_json(Handle, out json));
            return Utf8.TakeOwned(json);
        }

        /// <summary>Fields the reader did not know (ignored, not errors).</summary>
        public IReadOnlyList<PackageWarning> Warnings
        {
            get
            {
                if (warnings != null) return warnings;
                UIntPtr count;
                Errors.Check(NativeMethods.jx_package_warning_count(Handle, out count));
                var list = new List<PackageWarning>();
                for (ulong i = 0; i < count.ToUInt64(); i++)
                {
                    IntPtr zh, en, path, ignored;
                    Errors.Check(NativeMethods.jx_package_warning(Handle, new UIntPtr(i), NativeMethods.LangZh,
                                                                  out zh, out path));
                    string messageZh = Utf8.FromNative(zh);
                    string where = Utf8.FromNative(path);
                    Errors.Check(NativeMethods.jx_package_warning(Handle, new UIntPtr(i), NativeMethods.LangEn,
                                                                  out en, out ignored));
                    list.Add(new PackageWarning(messageZh, Utf8.FromNative(en), where));
                }
                warnings = list.AsReadOnly();
                return warnings;
            }
        }

        /// <summary>Scores every form. policy null = the default (national-2020).</summary>
        public EvaluationResult Evaluate(Policy policy = null)
        {
            ResultHandle h;
            int status = NativeMethods.jx_evaluate(Handle, Policy.HandleOf(policy), out h);
            return WrapResult(status, h);
        }

        /// <summary>Scores and checks every form: the findings and the evaluation they are based on.</summary>
        public AuditResult Audit(Policy policy = null)
        {
            AuditHandle h;
            int status = NativeMethods.jx_audit_package(Handle, Policy.HandleOf(policy), out h);
            if (status != 0)
            {
                JixiaoException error = Errors.FromLastError(status);
                h.Dispose();
                throw error;
            }
            return new AuditResult(h);
        }

        public void Dispose()
        {
            Handle.Dispose();
        }

        private static Package Wrap(int status, PackageHandle h)
        {
            if (status != 0)
            {
                JixiaoException error = Errors.FromLastError(status);
                h.Dispose();
                throw error;
            }
            return new Package(h);
        }
    }

    /// <summary>Adds rows to one form of a package built from code. Cells are text as typed
    /// ("≥96%", "按规定完成"); amounts are in the package's money unit; null or "" is a blank cell.
    /// Every method returns this builder, to chain calls.</summary>
    public sealed class FormBuilder
    {
        private readonly Package package;
        private readonly UIntPtr form;

        internal FormBuilder(Package package, UIntPtr form, int index)
        {
            this.package = package;
            this.form = form;
            Index = index;
        }

        /// <summary>The project's index, or -1 for the department form.</summary>
        public int Index { get; private set; }

        public bool IsDepartment { get { return Index < 0; } }

        /// <summary>The 年度资金总额 row: 年初预算数, 全年预算数, 全年执行数, 分值, 得分.</summary>
        public FormBuilder SetFunds(string initialBudget, string annualBudget, string executed, string weight = null,
                                    string selfScore = null)
        {
            Errors.Check(NativeMethods.jx_form_set_funds(package.Handle, form,
                                                         Utf8.ToNative(initialBudget, "initialBudget"),
                                                         Utf8.ToNative(annualBudget, "annualBudget"),
                                                         Utf8.ToNative(executed, "executed"),
                                                         Utf8.ToNative(weight, "weight"),
                                                         Utf8.ToNative(selfScore, "selfScore")));
            return this;
        }

        /// <summary>The 年度资金总额 row from System.Decimal amounts (null = blank).</summary>
        public FormBuilder SetFunds(decimal? initialBudget, decimal? annualBudget, decimal? executed,
                                    decimal? weight = null, decimal? selfScore = null)
        {
            return SetFunds(JixiaoDecimal.ToText(initialBudget), JixiaoDecimal.ToText(annualBudget),
                            JixiaoDecimal.ToText(executed), JixiaoDecimal.ToText(weight),
                            JixiaoDecimal.ToText(selfScore));
        }

        /// <summary>A 三级 row under the 一级 and 二级 labels as printed ("产出指标", "数量指标").</summary>
        public FormBuilder AddIndicator(string level1, string level2, string name, string target, string actual,
                                        string unit = null, string weight = null, string selfScore = null,
                                        string deviation = null)
        {
            if (level1 == null) throw new ArgumentNullException("level1");
            if (level2 == null) throw new ArgumentNullException("level2");
            if (name == null) throw new ArgumentNullException("name");
            Errors.Check(NativeMethods.jx_form_add_indicator(package.Handle, form,
                                                             Utf8.ToNative(level1, "level1"),
                                                             Utf8.ToNative(level2, "level2"),
                                                             Utf8.ToNative(name, "name"),
                                                             Utf8.ToNative(target, "target"),
                                                             Utf8.ToNative(actual, "actual"),
                                                             Utf8.ToNative(unit, "unit"),
                                                             Utf8.ToNative(weight, "weight"),
                                                             Utf8.ToNative(selfScore, "selfScore"),
                                                             Utf8.ToNative(deviation, "deviation")));
            return this;
        }

        /// <summary>The 总分 row: 分值 and 自评得分.</summary>
        public FormBuilder SetTotal(string totalWeight, string totalSelfScore)
        {
            Errors.Check(NativeMethods.jx_form_set_total(package.Handle, form,
                                                         Utf8.ToNative(totalWeight, "totalWeight"),
                                                         Utf8.ToNative(totalSelfScore, "totalSelfScore")));
            return this;
        }

        public FormBuilder SetTotal(decimal? totalWeight, decimal? totalSelfScore)
        {
            return SetTotal(JixiaoDecimal.ToText(totalWeight), JixiaoDecimal.ToText(totalSelfScore));
        }
    }
}
