// JX-? checks of group "cross_form" (placeholder until the group is written: reports nothing).
#include "audit_context.hpp"

namespace jixiao::audit_detail {
void check_cross_form(const Context&) {}
}  // namespace jixiao::audit_detail
