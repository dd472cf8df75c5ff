#pragma once

#include <stdexcept>

namespace entente {

/** Thrown by a reader when its ProgressReporter asks it to stop; nothing has been written. */
class ImportCancelled : public std::runtime_error
{
public:
    ImportCancelled() : std::runtime_error("import cancelled") {}
};

} // namespace entente
