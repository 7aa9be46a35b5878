using System;

namespace Jixiao
{
    /// <summary>One 三级 row scored on its own.</summary>
    public sealed class IndicatorScore
    {
        internal IndicatorScore(decimal? score, string scoreText, string explanation)
        {
            Score = score;
            ScoreText = scoreText;
            Explanation = explanation;
        }

        /// <summary>The computed score (9.38m), or null when the row cannot be scored.</summary>
        public decimal? Score { get; private set; }
        /// <summary>The score as the library writes it ("9.38"), or null.</summary>
        public string ScoreText { get; private set; }
        /// <summary>How the score was reached, in the language asked for.</summary>
        public string Explanation { get; private set; }

        public override string ToString() { return (ScoreText ?? "-") + " " + Explanation; }
    }

    /// <summary>预算执行率 and its points.</summary>
    public sealed class ExecutionScore
    {
        internal ExecutionScore(string rate, decimal? score)
        {
            Rate = rate;
            Score = score;
        }

        /// <summary>"100.00%", or null when it cannot be computed.</summary>
        public string Rate { get; private set; }
        /// <summary>The points ("10.00"), or null.</summary>
        public decimal? Score { get; private set; }

        public override string ToString() { return (Rate ?? "-") + " " + JixiaoDecimal.ToText(Score); }
    }

    /// <summary>Scoring single cells, for systems that hold indicators in their own tables.</summary>
    public static class Scoring
    {
        /// <summary>Scores a 三级 row from its cells as typed: ScoreIndicator("96", "90", "10") is
        /// 9.38 (90 ÷ 96 × 10). policy null = the default (national-2020).</summary>
        public static IndicatorScore ScoreIndicator(string target, string actual, string weight, string unit = null,
                                                    string selfScore = null, Policy policy = null,
                                                    Language language = Language.Chinese)
        {
            IntPtr score, explanation;
            Errors.Check(NativeMethods.jx_score_indicator(Policy.HandleOf(policy), Utf8.ToNative(target, "target"),
                                                          Utf8.ToNative(actual, "actual"), Utf8.ToNative(unit, "unit"),
                                                          Utf8.ToNative(weight, "weight"),
                                                          Utf8.ToNative(selfScore, "selfScore"), (int)language,
                                                          out score, out explanation));
            string scoreText = Utf8.TakeOwned(score);
            string explanationText = Utf8.TakeOwned(explanation);
            return new IndicatorScore(JixiaoDecimal.ToNullableDecimal(scoreText), scoreText, explanationText);
        }

        /// <summary>预算执行率 and its points from 全年预算数 and 全年执行数 (text as typed).</summary>
        public static ExecutionScore ScoreExecution(string annualBudget, string executed, Policy policy = null)
        {
            IntPtr rate, score;
            Errors.Check(NativeMethods.jx_score_execution(Policy.HandleOf(policy),
                                                          Utf8.ToNative(annualBudget, "annualBudget"),
                                                          Utf8.ToNative(executed, "executed"), out rate, out score));
            string rateText = Utf8.TakeOwned(rate);
            string scoreText = Utf8.TakeOwned(score);
            return new ExecutionScore(rateText, JixiaoDecimal.ToNullableDecimal(scoreText));
        }

        /// <summary>The same from System.Decimal amounts.</summary>
        public static ExecutionScore ScoreExecution(decimal annualBudget, decimal executed, Policy policy = null)
        {
            return ScoreExecution(JixiaoDecimal.ToText(annualBudget), JixiaoDecimal.ToText(executed), policy);
        }
    }
}
