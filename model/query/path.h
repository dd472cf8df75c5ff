#pragma once

#include <vector>

namespace entente {

/** A path through the graph: vertices v0…vn and the relation used for each hop. */
struct Path
{
    std::vector<int> vertices;
    std::vector<int> relations; ///< relations[i] joins vertices[i] and vertices[i + 1]
    double cost = 0; ///< hop count, or the sum of weights for weighted paths

    int length() const { return static_cast<int>(relations.size()); }
    friend bool operator==(const Path&, const Path&) = default;
};

} // namespace entente
