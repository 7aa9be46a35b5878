// Evaluates and audits a self-evaluation package through the C# binding and prints each form's
// total and grade, then the findings. Exit status 0, or 2 when the package does not load.
//
//   mono EvaluateExample.exe [package.json] [policy]      (default policy: national-2020)
using System;
using System.Globalization;
using System.Text;
using Jixiao;

internal static class EvaluateExample
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        string path = args.Length > 0 ? args[0] : "examples/hengshan-2024/package.json";
        string policyName = args.Length > 1 ? args[1] : "national-2020";
        try
        {
            using (Package package = Package.Load(path))
            using (Policy policy = Policy.Builtin(policyName))
            using (AuditResult audit = package.Audit(policy))
            {
                Console.WriteLine("jixiao {0}, policy {1}", Library.Version, policyName);
                foreach (PackageWarning w in package.Warnings)
                    Console.WriteLine("warning: {0}: {1}", w.Path, w.MessageZh);
                foreach (FormResult form in audit.Evaluation.Forms)
                {
                    Console.WriteLine("{0,-10} {1}  total {2} (filed {3})  grade {4} ({5})",
                                      form.Kind, form.Name, form.Total.ToString(CultureInfo.InvariantCulture),
                                      form.FiledTotal.HasValue
                                          ? form.FiledTotal.Value.ToString(CultureInfo.InvariantCulture)
                                          : "-",
                                      form.Grade, form.GradeEn);
                }
                Console.WriteLine("findings: {0} errors, {1} warnings, {2} infos",
                                  audit.ErrorCount, audit.WarningCount, audit.InfoCount);
                foreach (Finding f in audit.Findings)
                    Console.WriteLine("  {0} {1,-7} {2}: {3}", f.Code, f.Severity.ToString().ToLowerInvariant(), f.Path,
                                      f.MessageZh);
                return 0;
            }
        }
        catch (JixiaoException e)
        {
            Console.Error.WriteLine("{0}:{1}:{2}: {3}: {4}", path, e.Line, e.Column, e.Path, e.Message);
            return 2;
        }
    }
}
