#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>
#include <optional>

namespace entente {

/** The four kinds of entity of the domain model (DESIGN.md). */
enum class EntityKind : std::uint8_t { Actor, Organisation, Treaty, Mechanism };

inline constexpr std::array<EntityKind, 4> allEntityKinds{EntityKind::Actor, EntityKind::Organisation,
                                                         EntityKind::Treaty, EntityKind::Mechanism};

/** "actor", "organisation", "treaty", "mechanism" — the spelling used in files and the CLI. */
QString entityKindName(EntityKind kind);
/** Plural, capitalised label for legends and menus ("Organisations"). */
QString entityKindLabel(EntityKind kind);
std::optional<EntityKind> entityKindFromName(QStringView name);

} // namespace entente
