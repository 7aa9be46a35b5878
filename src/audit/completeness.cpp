// JX-? checks of group "completeness" (placeholder until the group is written: reports nothing).
#include "audit_context.hpp"

namespace jixiao::audit_detail {
void check_completeness(const Context&) {}
}  // namespace jixiao::audit_detail
