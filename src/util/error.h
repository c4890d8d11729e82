#pragma once
// timeline::Error: a failure with its context already in the message, thrown by
// library code for environment failures (database, files, output) and for bad
// input once its diagnostics are collected. Only cli/ prints it.

#include <stdexcept>
#include <string>

namespace timeline {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// Bad input (a malformed file, date, name or option value): exit code 1.
// The message names the file and the line:column or field.
class InputError : public Error {
 public:
  explicit InputError(const std::string& message) : Error(message) {}
};

}  // namespace timeline
