// JX-? checks of group "quality" (placeholder until the group is written: reports nothing).
#include "audit_context.hpp"

namespace jixiao::audit_detail {
void check_quality(const Context&) {}
}  // namespace jixiao::audit_detail
