// The small condition language of a choice's `if`: integers, true/false, flag names, `mood`, skill totals,
// visited(node); == != < <= > >=, and/or/not, parentheses. Parsed once into postfix code, evaluated per turn.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontdesk {

// How deeply parentheses, 'not' and unary '-' may nest in one condition. Real conditions use two or three
// levels; the parser recurses once per level, so a hostile file must not choose the depth.
constexpr int max_condition_depth = 32;

// Where an expression went wrong: a byte offset into the expression text and a message.
struct ExpressionError {
    std::size_t offset = 0;
    std::size_t length = 1;
    std::string message;
};

// A name the expression reads, before it is bound to a flag, skill or node of a scenario.
struct ExpressionName {
    enum class Kind { value, visited } kind = Kind::value;  // `name` or `visited(name)`
    std::string name;
    std::size_t offset = 0;
};

// What a bound name refers to.
struct NameBinding {
    enum class Kind { mood, skill, flag, node } kind = Kind::flag;
    int index = 0;  // skill, flag or node index; unused for mood
};

// The state an expression reads; the session supplies it.
struct ExpressionInputs {
    int mood = 0;
    const std::vector<int>* skill_totals = nullptr;
    const std::vector<std::int64_t>* flags = nullptr;
    const std::vector<bool>* visited = nullptr;
};

class Expression {
public:
    // Parses `text`; on failure returns nothing and sets `error`.
    static std::optional<Expression> parse(std::string_view text, ExpressionError& error);

    const std::vector<ExpressionName>& names() const { return names_; }
    // Binds every name (in the order of names()) to what it refers to; must be called before evaluate.
    void bind(const std::vector<NameBinding>& bindings) { bindings_ = bindings; }

    std::int64_t evaluate(const ExpressionInputs& inputs) const;
    bool holds(const ExpressionInputs& inputs) const { return evaluate(inputs) != 0; }

    const std::string& text() const { return text_; }

    // The condition in one canonical form (postfix names, numbers and operators, no spacing or parentheses):
    // two conditions written differently but parsed alike have the same form.
    std::string canonical() const;
    // For a condition 'not x': the canonical form of x; empty for any other condition.
    std::string canonical_negated_operand() const;

    enum class Op : std::uint8_t {
        constant, name, logical_not, negate, logical_and, logical_or,
        equal, not_equal, less, less_equal, greater, greater_equal
    };
    struct Instruction {
        Op op;
        std::int64_t operand;  // constant value, or index into names()
    };

private:
    std::string text_;
    std::vector<Instruction> code_;
    std::vector<ExpressionName> names_;
    std::vector<NameBinding> bindings_;

    friend class ExpressionParser;
};

}  // namespace frontdesk
