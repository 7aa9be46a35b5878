// JX-? checks of group "narrative" (placeholder until the group is written: reports nothing).
#include "audit_context.hpp"

namespace jixiao::audit_detail {
void check_narrative(const Context&) {}
}  // namespace jixiao::audit_detail
