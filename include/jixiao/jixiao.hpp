// jixiao: everything at once.
#ifndef JIXIAO_JIXIAO_HPP
#define JIXIAO_JIXIAO_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/error.hpp>
#include <jixiao/format.hpp>
#include <jixiao/money.hpp>
#include <jixiao/percent.hpp>
#include <jixiao/rounding_mode.hpp>
#include <jixiao/version.hpp>

#endif  // JIXIAO_JIXIAO_HPP
