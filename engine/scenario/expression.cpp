// Parsing and evaluating `if` conditions. Precedence, loosest first: or, and, not, comparison, unary minus.
// The parser recurses once per '(', 'not' and unary '-', so it counts those levels and stops at
// max_condition_depth; evaluation runs the postfix code on an explicit stack and never recurses.
#include "frontdesk/expression.h"

#include "frontdesk/diagnostic.h"

#include <cctype>
#include <limits>

namespace frontdesk {

namespace {

enum class TokenKind { end, number, name, left_paren, right_paren, op, error };

struct Token {
    TokenKind kind = TokenKind::end;
    std::string_view text;
    std::size_t offset = 0;
    std::int64_t number = 0;
};

bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }

}  // namespace

class ExpressionParser {
public:
    ExpressionParser(std::string_view text, Expression& out, ExpressionError& error)
        : text_(text), out_(out), error_(error) {}

    bool parse() {
        advance();
        if (token_.kind == TokenKind::end) return fail(token_.offset, 1, "empty condition; write one, e.g. 'mood >= 40'");
        if (!parse_or()) return false;
        if (token_.kind != TokenKind::end) {
            if (token_.kind == TokenKind::right_paren)
                return fail(token_.offset, 1, "')' without a matching '('");
            if (token_.kind == TokenKind::error) return fail(token_.offset, token_.text.size(), error_text_);
            return fail(token_.offset, token_.text.size(), "unexpected " + in_quotes(token_.text) +
                                                               "; join conditions with 'and' or 'or'");
        }
        return true;
    }

private:
    bool fail(std::size_t offset, std::size_t length, std::string message) {
        if (!failed_) {
            error_ = {offset, length == 0 ? 1 : length, std::move(message)};
            failed_ = true;
        }
        return false;
    }

    void advance() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
        token_ = Token{};
        token_.offset = pos_;
        if (pos_ >= text_.size()) return;
        char c = text_[pos_];
        std::size_t start = pos_;
        if (std::isdigit(static_cast<unsigned char>(c))) {
            std::int64_t value = 0;
            bool overflow = false;
            while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
                int digit = text_[pos_] - '0';
                if (value > (std::numeric_limits<std::int64_t>::max() - digit) / 10) overflow = true;
                else value = value * 10 + digit;
                ++pos_;
            }
            token_.kind = overflow ? TokenKind::error : TokenKind::number;
            token_.number = value;
            token_.text = text_.substr(start, pos_ - start);
            if (overflow) error_text_ = "number too large";
            return;
        }
        if (is_name_start(c)) {
            while (pos_ < text_.size() && is_name_char(text_[pos_])) ++pos_;
            token_.kind = TokenKind::name;
            token_.text = text_.substr(start, pos_ - start);
            return;
        }
        if (c == '(' || c == ')') {
            ++pos_;
            token_.kind = c == '(' ? TokenKind::left_paren : TokenKind::right_paren;
            token_.text = text_.substr(start, 1);
            return;
        }
        static const char* const two_char_ops[] = {"==", "!=", "<=", ">="};
        for (const char* op : two_char_ops) {
            if (text_.compare(pos_, 2, op) == 0) {
                pos_ += 2;
                token_.kind = TokenKind::op;
                token_.text = text_.substr(start, 2);
                return;
            }
        }
        if (c == '<' || c == '>' || c == '-') {
            ++pos_;
            token_.kind = TokenKind::op;
            token_.text = text_.substr(start, 1);
            return;
        }
        // Anything else is an error token; say what people usually meant.
        ++pos_;
        while (pos_ < text_.size() && (static_cast<unsigned char>(text_[pos_]) & 0xC0) == 0x80) ++pos_;
        token_.kind = TokenKind::error;
        token_.text = text_.substr(start, pos_ - start);
        if (c == '=') error_text_ = "'=' is not a comparison; write '=='";
        else if (c == '&') error_text_ = "write 'and' instead of '&&'";
        else if (c == '|') error_text_ = "write 'or' instead of '||'";
        else if (c == '!') error_text_ = "write 'not' instead of '!', or '!=' to compare";
        else error_text_ = "unexpected character " + in_quotes(token_.text);
    }

    bool is_word(std::string_view word) const { return token_.kind == TokenKind::name && token_.text == word; }
    bool is_op(std::string_view op) const { return token_.kind == TokenKind::op && token_.text == op; }

    void emit(Expression::Op op, std::int64_t operand = 0) { out_.code_.push_back({op, operand}); }

    // Called at the token that opens a level ('(', 'not' or '-'); every successful call is paired with leave().
    bool enter() {
        if (depth_ == max_condition_depth)
            return fail(token_.offset, token_.text.size(),
                        "nested too deeply: more than " + std::to_string(max_condition_depth) +
                            " levels of parentheses, 'not' and '-' here; a condition may use at most " +
                            std::to_string(max_condition_depth) + " levels");
        ++depth_;
        return true;
    }
    bool leave(bool result) {
        --depth_;
        return result;
    }

    bool parse_or() {
        if (!parse_and()) return false;
        while (is_word("or")) {
            advance();
            if (!parse_and()) return false;
            emit(Expression::Op::logical_or);
        }
        return true;
    }
    bool parse_and() {
        if (!parse_not()) return false;
        while (is_word("and")) {
            advance();
            if (!parse_not()) return false;
            emit(Expression::Op::logical_and);
        }
        return true;
    }
    bool parse_not() {
        if (is_word("not")) {
            if (!enter()) return false;
            advance();
            if (!leave(parse_not())) return false;
            emit(Expression::Op::logical_not);
            return true;
        }
        return parse_comparison();
    }
    // The comparison operator at the current token, if there is one.
    std::optional<Expression::Op> comparison_here() const {
        static const std::pair<const char*, Expression::Op> comparisons[] = {
            {"==", Expression::Op::equal},      {"!=", Expression::Op::not_equal},
            {"<", Expression::Op::less},        {"<=", Expression::Op::less_equal},
            {">", Expression::Op::greater},     {">=", Expression::Op::greater_equal}};
        for (const auto& [text, op] : comparisons)
            if (is_op(text)) return op;
        return std::nullopt;
    }
    bool parse_comparison() {
        if (!parse_unary()) return false;
        std::optional<Expression::Op> op = comparison_here();
        if (!op) return true;
        advance();
        if (!parse_unary()) return false;
        emit(*op);
        if (comparison_here())
            return fail(token_.offset, token_.text.size(), "comparisons cannot be chained; write 'a < b and b < c'");
        return true;
    }
    bool parse_unary() {
        if (is_op("-")) {
            if (!enter()) return false;
            advance();
            if (!leave(parse_unary())) return false;
            emit(Expression::Op::negate);
            return true;
        }
        return parse_primary();
    }
    bool parse_primary() {
        switch (token_.kind) {
            case TokenKind::end:
                return fail(token_.offset, 1, "the condition ends too early; a value is missing here");
            case TokenKind::error:
                return fail(token_.offset, token_.text.size(), error_text_);
            case TokenKind::number:
                emit(Expression::Op::constant, token_.number);
                advance();
                return true;
            case TokenKind::left_paren: {
                std::size_t open = token_.offset;
                if (!enter()) return false;
                advance();
                if (!leave(parse_or())) return false;
                if (token_.kind != TokenKind::right_paren)
                    return fail(open, 1, "'(' is never closed; add ')'");
                advance();
                return true;
            }
            case TokenKind::right_paren:
                return fail(token_.offset, 1, "a value is missing before ')'");
            case TokenKind::op:
                return fail(token_.offset, token_.text.size(),
                            "a value is missing before '" + std::string(token_.text) + "'");
            case TokenKind::name:
                break;
        }
        std::string_view name = token_.text;
        std::size_t offset = token_.offset;
        if (name == "and" || name == "or")
            return fail(offset, name.size(), "a value is missing before '" + std::string(name) + "'");
        if (name == "true" || name == "false") {
            emit(Expression::Op::constant, name == "true" ? 1 : 0);
            advance();
            return true;
        }
        advance();
        if (name == "visited") {
            if (token_.kind != TokenKind::left_paren)
                return fail(token_.offset, 1, "write visited(node_id)");
            advance();
            if (token_.kind != TokenKind::name)
                return fail(token_.offset, token_.text.empty() ? 1 : token_.text.size(),
                            "visited() takes a node id, e.g. visited(opening)");
            ExpressionName visited{ExpressionName::Kind::visited, std::string(token_.text), token_.offset};
            advance();
            if (token_.kind != TokenKind::right_paren) return fail(token_.offset, 1, "expected ')' after the node id");
            advance();
            emit(Expression::Op::name, static_cast<std::int64_t>(out_.names_.size()));
            out_.names_.push_back(std::move(visited));
            return true;
        }
        if (token_.kind == TokenKind::left_paren)
            return fail(offset, name.size(), "unknown function " + in_quotes(name) + "; only visited(node) exists");
        emit(Expression::Op::name, static_cast<std::int64_t>(out_.names_.size()));
        out_.names_.push_back({ExpressionName::Kind::value, std::string(name), offset});
        return true;
    }

    std::string_view text_;
    Expression& out_;
    ExpressionError& error_;
    std::size_t pos_ = 0;
    Token token_;
    std::string error_text_;
    bool failed_ = false;
    int depth_ = 0;
};

std::optional<Expression> Expression::parse(std::string_view text, ExpressionError& error) {
    Expression expression;
    expression.text_ = std::string(text);
    ExpressionParser parser(expression.text_, expression, error);
    if (!parser.parse()) return std::nullopt;
    return expression;
}

namespace {

void append_canonical(std::string& out, const Expression::Instruction& instruction, const std::vector<ExpressionName>& names) {
    static const char* const operators[] = {"", "", "not", "neg", "and", "or", "==", "!=", "<", "<=", ">", ">="};
    if (!out.empty()) out += ' ';
    switch (instruction.op) {
        case Expression::Op::constant: out += std::to_string(instruction.operand); break;
        case Expression::Op::name: {
            const ExpressionName& name = names[static_cast<std::size_t>(instruction.operand)];
            out += name.kind == ExpressionName::Kind::visited ? "visited:" + name.name : name.name;
            break;
        }
        default: out += operators[static_cast<std::size_t>(instruction.op)];
    }
}

}  // namespace

std::string Expression::canonical() const {
    std::string out;
    for (const Instruction& instruction : code_) append_canonical(out, instruction, names_);
    return out;
}

std::string Expression::canonical_negated_operand() const {
    if (code_.size() < 2 || code_.back().op != Op::logical_not) return {};
    std::string out;
    for (std::size_t i = 0; i + 1 < code_.size(); ++i) append_canonical(out, code_[i], names_);
    return out;
}

std::int64_t Expression::evaluate(const ExpressionInputs& inputs) const {
    // Postfix code over a small fixed stack; conditions are short, so depth is bounded by their length.
    std::vector<std::int64_t> stack;
    stack.reserve(code_.size());
    auto pop = [&stack]() {
        std::int64_t value = stack.back();
        stack.pop_back();
        return value;
    };
    for (const Instruction& instruction : code_) {
        switch (instruction.op) {
            case Op::constant: stack.push_back(instruction.operand); break;
            case Op::name: {
                std::int64_t value = 0;
                const auto index = static_cast<std::size_t>(instruction.operand);
                if (index < bindings_.size()) {
                    const NameBinding& binding = bindings_[index];
                    const auto slot = static_cast<std::size_t>(binding.index);
                    switch (binding.kind) {
                        case NameBinding::Kind::mood: value = inputs.mood; break;
                        case NameBinding::Kind::skill:
                            if (inputs.skill_totals && slot < inputs.skill_totals->size()) value = (*inputs.skill_totals)[slot];
                            break;
                        case NameBinding::Kind::flag:
                            if (inputs.flags && slot < inputs.flags->size()) value = (*inputs.flags)[slot];
                            break;
                        case NameBinding::Kind::node:
                            if (inputs.visited && slot < inputs.visited->size()) value = (*inputs.visited)[slot] ? 1 : 0;
                            break;
                    }
                }
                stack.push_back(value);
                break;
            }
            case Op::logical_not: stack.back() = stack.back() == 0 ? 1 : 0; break;
            case Op::negate: stack.back() = -stack.back(); break;
            default: {
                std::int64_t right = pop();
                std::int64_t left = pop();
                std::int64_t result = 0;
                switch (instruction.op) {
                    case Op::logical_and: result = (left != 0 && right != 0); break;
                    case Op::logical_or: result = (left != 0 || right != 0); break;
                    case Op::equal: result = left == right; break;
                    case Op::not_equal: result = left != right; break;
                    case Op::less: result = left < right; break;
                    case Op::less_equal: result = left <= right; break;
                    case Op::greater: result = left > right; break;
                    case Op::greater_equal: result = left >= right; break;
                    default: break;
                }
                stack.push_back(result);
            }
        }
    }
    return stack.empty() ? 0 : stack.back();
}

}  // namespace frontdesk
