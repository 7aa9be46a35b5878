// JX-? checks of group "scoring" (placeholder until the group is written: reports nothing).
#include "audit_context.hpp"

namespace jixiao::audit_detail {
void check_scoring(const Context&) {}
}  // namespace jixiao::audit_detail
