// Tests of include/jixiao/indicator_category.hpp, with the labels exactly as the seed prints them.
#include <jixiao/indicator_category.hpp>

#include <doctest/doctest.h>

using jixiao::CategoryId;
using jixiao::CategoryLevel;
using jixiao::classify_category;
using jixiao::Decimal;

TEST_CASE("level-1 labels as printed, with their points") {
  CHECK(classify_category("产出指标\n(50 分)", CategoryLevel::level1) == CategoryId::output);
  CHECK(classify_category("效益指标\n（40 分）", CategoryLevel::level1) == CategoryId::benefit);
  CHECK(classify_category("满意度指标\n（10 分）", CategoryLevel::level1) == CategoryId::satisfaction);
  CHECK(classify_category("服务对象满意度指标", CategoryLevel::level1) == CategoryId::satisfaction);
  CHECK(classify_category("成本指标", CategoryLevel::level1) == CategoryId::cost);
  CHECK(classify_category("投入", CategoryLevel::level1) == CategoryId::input);
  CHECK(classify_category("过程", CategoryLevel::level1) == CategoryId::process);
  CHECK(classify_category("效果", CategoryLevel::level1) == CategoryId::effect);
  CHECK(classify_category("产出", CategoryLevel::level1) == CategoryId::output);
  CHECK(classify_category("数量指标", CategoryLevel::level1) == CategoryId::custom);  // a 二级 name
  CHECK(classify_category("创新指标", CategoryLevel::level1) == CategoryId::custom);

  const auto parts = jixiao::split_label("效益指标\n（40 分）");
  CHECK(parts.name == "效益指标");
  REQUIRE(parts.points);
  CHECK(*parts.points == Decimal(40));
  CHECK(jixiao::split_label("产出指标\n(50 分)").points == Decimal(50));
  CHECK(jixiao::split_label("产出指标(12.5)").points == Decimal::parse("12.5"));
  CHECK_FALSE(jixiao::split_label("数量指标").points);
  CHECK_FALSE(jixiao::split_label("质量指标(含安全)").points);
  CHECK(jixiao::split_label("质量指标(含安全)").name == "质量指标(含安全)");
}

TEST_CASE("level-2 labels, broken across lines as in the seed") {
  CHECK(classify_category("数量指标", CategoryLevel::level2) == CategoryId::quantity);
  CHECK(classify_category("质量指标", CategoryLevel::level2) == CategoryId::quality);
  CHECK(classify_category("时效指标", CategoryLevel::level2) == CategoryId::timeliness);
  CHECK(classify_category("成本指标", CategoryLevel::level2) == CategoryId::cost);
  CHECK(classify_category("经济效益指标", CategoryLevel::level2) == CategoryId::economic_benefit);
  CHECK(classify_category("社会效益指标", CategoryLevel::level2) == CategoryId::social_benefit);
  CHECK(classify_category("生态效益指标", CategoryLevel::level2) == CategoryId::ecological_benefit);
  CHECK(classify_category("可持续\n影响指标", CategoryLevel::level2) == CategoryId::sustainability);
  CHECK(classify_category("服务对\n象满意度指标", CategoryLevel::level2) == CategoryId::service_satisfaction);
  CHECK(classify_category("满意度指标", CategoryLevel::level2) == CategoryId::service_satisfaction);
  CHECK(classify_category("经济成本指标", CategoryLevel::level2) == CategoryId::economic_cost);
  CHECK(classify_category("生态环境成本指标", CategoryLevel::level2) == CategoryId::ecological_cost);
  CHECK(classify_category("预算执行", CategoryLevel::level2) == CategoryId::budget_execution);
  CHECK(classify_category("履职效益", CategoryLevel::level2) == CategoryId::performance_benefit);
  CHECK(classify_category("产出指标", CategoryLevel::level2) == CategoryId::custom);
}

TEST_CASE("names, display names and parents") {
  CHECK(jixiao::category_id_name(CategoryId::social_benefit) == "social_benefit");
  CHECK(jixiao::category_id_from_name("service_satisfaction") == CategoryId::service_satisfaction);
  CHECK_FALSE(jixiao::category_id_from_name("outputs"));
  CHECK(jixiao::category_display_name(CategoryId::output) == "产出指标");
  CHECK(jixiao::category_display_name(CategoryId::output, jixiao::Lang::en) == "Outputs");
  CHECK(jixiao::parent_of(CategoryId::quantity) == CategoryId::output);
  CHECK(jixiao::parent_of(CategoryId::cost) == CategoryId::output);
  CHECK(jixiao::parent_of(CategoryId::economic_cost) == CategoryId::cost);
  CHECK(jixiao::parent_of(CategoryId::sustainability) == CategoryId::benefit);
  CHECK(jixiao::parent_of(CategoryId::service_satisfaction) == CategoryId::satisfaction);
  CHECK(jixiao::parent_of(CategoryId::budget_allocation) == CategoryId::input);
  CHECK(jixiao::parent_of(CategoryId::output) == CategoryId::custom);
}
