// JX-? checks of group "arithmetic" (placeholder until the group is written: reports nothing).
#include "audit_context.hpp"

namespace jixiao::audit_detail {
void check_arithmetic(const Context&) {}
}  // namespace jixiao::audit_detail
