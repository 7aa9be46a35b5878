// The rule catalogue. Codes are stable: a retired rule keeps its code out of use forever.
#include <jixiao/audit.hpp>

#include <algorithm>
#include <array>

namespace jixiao {
namespace {

using S = Severity;

constexpr std::array<AuditRule, 60> rules{{
    // arithmetic
    {"JX-A01", S::error, "arithmetic", "合计数与其中各项之和不符", "a total does not equal the sum of its sub-rows"},
    {"JX-A02", S::error, "arithmetic", "年度资金总额与其中各项资金之和不符",
     "the funds total does not equal the sum of its 其中 rows"},
    {"JX-A03", S::error, "arithmetic", "基本支出与项目支出之和与资金总额不符",
     "basic plus project expenditure does not equal the funds total"},
    {"JX-A04", S::error, "arithmetic", "按收入性质分各项之和与资金总额不符",
     "the income breakdown does not add up to the funds total"},
    {"JX-A05", S::error, "arithmetic", "填报的执行率与重新计算的不符",
     "the printed execution rate differs from the recomputed one"},
    {"JX-A06", S::error, "arithmetic", "填报的控制率与重新计算的不符",
     "a printed control rate differs from the recomputed one"},
    {"JX-A07", S::error, "arithmetic", "自评得分高于分值", "a self-score above its points"},
    {"JX-A08", S::error, "arithmetic", "总分与各项自评得分之和不符",
     "the total does not equal the sum of the self-scores"},
    {"JX-A09", S::error, "arithmetic", "预算执行率得分与执行率不符",
     "the execution score does not follow from the execution rate"},
    {"JX-A10", S::warning, "arithmetic", "全年执行数超过全年预算数", "more executed than budgeted"},
    // weights
    {"JX-W01", S::error, "weights", "三级指标分值之和与一级指标标注分值不符",
     "the rows' points do not add up to the points printed for their level-1 indicator"},
    {"JX-W02", S::error, "weights", "一级指标分值与评分规则不符", "level-1 points differ from the policy"},
    {"JX-W03", S::error, "weights", "预算执行率分值与评分规则不符", "the execution points differ from the policy"},
    {"JX-W04", S::error, "weights", "总分值不等于规定总分", "the points do not add up to the policy's total"},
    {"JX-W05", S::error, "weights", "分值不大于零", "points of zero or less"},
    {"JX-W06", S::warning, "weights", "二级指标下没有三级指标", "a level-2 indicator with no rows"},
    {"JX-W07", S::warning, "weights", "其中项单独填了分值或得分", "a 其中 sub-row carries its own points or score"},
    {"JX-W08", S::error, "weights", "有自评得分但未填分值", "a self-score without points"},
    {"JX-W09", S::warning, "weights", "一级指标标注分值与评分规则不符",
     "the points printed for a level-1 indicator differ from the policy"},
    // scoring
    {"JX-S01", S::error, "scoring", "未完成指标值却给了满分", "full marks although the target was missed"},
    {"JX-S02", S::error, "scoring", "自评得分与按规则计算的得分不符",
     "the self-score differs from the score the rule gives"},
    {"JX-S03", S::error, "scoring", "定性指标自评得分不在档次区间内",
     "a qualitative self-score outside its tier's range"},
    {"JX-S04", S::warning, "scoring", "扣分但未填写偏差原因", "points deducted with no deviation analysis"},
    {"JX-S05", S::warning, "scoring", "大幅超额完成但未说明原因",
     "far above target with no explanation (target set too low?)"},
    {"JX-S06", S::warning, "scoring", "自评得分虚高：指标完成度明显高于预算执行率",
     "inflated self-evaluation: indicator completion well above budget execution"},
    {"JX-S07", S::warning, "scoring", "预算执行率偏低或全年预算数为零", "low budget execution, or a zero budget"},
    {"JX-S08", S::info, "scoring", "指标无法按规则自动计分，沿用自评得分",
     "a row no rule can score: its self-score is taken as filed"},
    {"JX-S09", S::error, "scoring", "填报总分与按规则计算的总分不符",
     "the filed total differs from the computed total"},
    {"JX-S10", S::error, "scoring", "自评得分为负数", "a negative self-score"},
    // indicator quality
    {"JX-Q01", S::warning, "quality", "指标值不可衡量", "a target that cannot be measured"},
    {"JX-Q02", S::warning, "quality", "定量指标缺少计量单位", "a quantitative indicator with no unit"},
    {"JX-Q03", S::warning, "quality", "实际完成值写成了不等式", "an actual written as an inequality"},
    {"JX-Q04", S::info, "quality", "实际完成值照抄年度指标值", "an actual that copies the target's words"},
    {"JX-Q05", S::warning, "quality", "同一指标重复出现", "the same indicator appears twice"},
    {"JX-Q06", S::error, "quality", "缺少一级指标维度", "a level-1 dimension is missing"},
    {"JX-Q07", S::warning, "quality", "成本指标使用了“大于”类符号", "a cost indicator with ≥ or ＞"},
    {"JX-Q08", S::warning, "quality", "百分比超过100%", "a percentage above 100%"},
    {"JX-Q09", S::warning, "quality", "模板或占位内容未删除", "template or placeholder content left in"},
    {"JX-Q10", S::warning, "quality", "指标值无法解析", "a target or actual that cannot be read"},
    {"JX-Q11", S::warning, "quality", "年度指标值与实际完成值单位不一致", "target and actual in different units"},
    {"JX-Q12", S::info, "quality", "指标名称过长", "an indicator name over 100 characters"},
    // completeness and dates
    {"JX-C01", S::error, "completeness", "单位名称为空", "the unit name is empty"},
    {"JX-C02", S::warning, "completeness", "年度总体目标未填写", "the overall goals are empty"},
    {"JX-C03", S::error, "completeness", "必填单元格为空", "a required cell is blank"},
    {"JX-C04", S::error, "completeness", "填报日期早于评价年度结束", "a fill-in date before the evaluated year ended"},
    {"JX-C05", S::warning, "completeness", "报告日期早于所依据的表格", "the report is dated before the forms it summarises"},
    {"JX-C06", S::warning, "completeness", "主管部门或实施单位未填写", "the competent department or implementing unit is empty"},
    {"JX-C07", S::error, "completeness", "表名年度与评价年度不符", "a form's year differs from the evaluated year"},
    {"JX-C08", S::warning, "completeness", "填表人未填写", "no name of the person who filled in the form"},
    // cross-form
    {"JX-X01", S::error, "cross_form", "项目支出表资金合计与项目支出总额不符",
     "the project tables' funds do not add up to the project spending"},
    {"JX-X02", S::error, "cross_form", "部门整体自评表与基础数据表数字不符",
     "the department table and the basic data table disagree"},
    {"JX-X03", S::warning, "cross_form", "项目实施单位与本单位不符", "a project's implementing unit is another unit"},
    {"JX-X04", S::warning, "cross_form", "不同项目的目标或指标照抄", "goals or indicators copied between projects"},
    {"JX-X05", S::warning, "cross_form", "项目表资金总额与执行数之间的年初与全年口径混用",
     "a project table mixes the initial and full-year budgets"},
    // narrative
    {"JX-N01", S::error, "narrative", "报告中的分项之和与合计不符", "the report's parts do not add up to its total"},
    {"JX-N02", S::error, "narrative", "报告中的增减额与两数之差不符",
     "a difference in the report does not equal the two figures' difference"},
    {"JX-N03", S::error, "narrative", "报告中的占比与计算不符", "a share in the report does not match the figures"},
    {"JX-N04", S::error, "narrative", "报告中的数字与表格不符", "a figure in the report differs from the tables"},
    {"JX-N05", S::warning, "narrative", "报告中的分项大于合计", "a part in the report larger than its total"},
    {"JX-N06", S::warning, "narrative", "报告中的评价等级与计算不符", "the grade stated in the report differs from the computed one"},
}};

}  // namespace

std::span<const AuditRule> audit_rules() noexcept { return rules; }

const AuditRule* find_audit_rule(std::string_view code) noexcept {
  const auto it = std::find_if(rules.begin(), rules.end(), [&](const AuditRule& r) { return r.code == code; });
  return it == rules.end() ? nullptr : &*it;
}

}  // namespace jixiao
