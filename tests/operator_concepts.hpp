// Which operators compile for a pair of types: the tests of type safety (Money + Percent must not).
#ifndef JIXIAO_TESTS_OPERATOR_CONCEPTS_HPP
#define JIXIAO_TESTS_OPERATOR_CONCEPTS_HPP

template <class A, class B>
concept can_add = requires(A a, B b) { a + b; };
template <class A, class B>
concept can_subtract = requires(A a, B b) { a - b; };
template <class A, class B>
concept can_multiply = requires(A a, B b) { a * b; };
template <class A, class B>
concept can_compare = requires(A a, B b) { a == b; };

#endif  // JIXIAO_TESTS_OPERATOR_CONCEPTS_HPP
