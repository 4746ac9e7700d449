// The pattern tables behind diagnostic_translation.h: each row is one English message family (or one of the
// smaller phrases messages are assembled from) and its Italian.
//
// In the English pattern a slot in braces stands for a variable part; any other brace is literal text:
//   {q}     a value quoted from the file ('sya'), kept as written
//   {t}     any text, kept as written (a list of keys, a skill name, a path on disk)
//   {n}     a whole number, written the Italian way (2,596,102 -> 2.596.102)
//   {d}     a decimal number (1.9 -> 1,9)
//   {s}     "" or "s", an English plural ending (not a capture: the Italian decides its own plural)
//   {w}     what a message is about ("node 'x'", "choice 2 of node 'x'"): the subject table
//   {h}     an optional tail ("; did you mean 'say'?", or nothing): the hint table
//   {cond}  what is wrong with a condition: the condition table
//   {yaml}  what is wrong with the YAML: the yaml table, then yaml-cpp's own messages
//   {ideal} how the declared ideal path goes wrong: the ideal table
//   {adv}   the advice that ends the ideal-path warning: the advice table
//   {k}     a kind of YAML value ("a list", "nothing")
//   {e}     a kind of ending (success, partial, failure)
//   {kl}    kinds of ending listed ("partial or failure")
//   {ql}    quoted values listed ("'a', 'b' and 'c'")
//   {path}  a path through the scenario, as describe_path() writes it
//   {cp}    a code point as describe_code_point() writes it ("U+001B (escape)")
//   {err}   the system's words for a failed file operation
//   {form}  one form of a gendered placeholder ("'f:' (feminine)")
//   {sp}    a number of spaces ("8 spaces")
//   {sf}    skills short of their best ("3 of 6 listening and 2 of 4 respect")
//
// In the Italian, {0}, {1}... are the captures in the order they appear in the English; {in:0}, {di:0} and
// {da:0} give a subject with its preposition joined to the article ("nel nodo 'x'", "del nodo 'x'",
// "dal nodo 'x'"); {il:0} puts the article before a number or percentage ("il 60%", "l'88%");
// {0?singolare|plurale} chooses by whether capture 0 is 1. A subject's Italian is written
// "article|noun phrase" ("il|nodo {0}"), with nothing before the '|' when it takes no article.
#pragma once

#include <cstddef>

namespace frontdesk::diagnostic_patterns {

enum class Table { message, subject, hint, condition, yaml, ideal, advice };

struct Pattern {
    Table table;
    const char* name;
    const char* english;
    const char* italian;
};

extern const Pattern patterns[];
extern const std::size_t pattern_count;

}  // namespace frontdesk::diagnostic_patterns
