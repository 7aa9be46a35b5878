# Warnings every jixiao target is built with; JIXIAO_WERROR turns them into errors (CI does).
option(JIXIAO_WERROR "Treat warnings as errors" OFF)
function(jixiao_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wno-sign-conversion $<$<BOOL:${JIXIAO_WERROR}>:-Werror>)
endfunction()
