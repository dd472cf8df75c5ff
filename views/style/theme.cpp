#include "theme.h"

namespace entente {

namespace {

Theme& currentTheme()
{
    static Theme theme = Theme::light();
    return theme;
}

} // namespace

Theme Theme::light()
{
    Theme t;
    t.id = Id::Light;
    t.background = QColor(0xfa, 0xfa, 0xf7);
    t.text = QColor(0x22, 0x22, 0x22);
    t.mutedText = QColor(0x55, 0x55, 0x55);
    t.labelPlate = QColor(255, 255, 255, 205);
    t.nodeOutline = QColor(0x33, 0x33, 0x33);
    // Okabe–Ito: blue, orange, bluish green, reddish purple.
    t.kinds[0] = QColor(0x00, 0x72, 0xb2);
    t.kinds[1] = QColor(0xe6, 0x9f, 0x00);
    t.kinds[2] = QColor(0x00, 0x9e, 0x73);
    t.kinds[3] = QColor(0xcc, 0x79, 0xa7);
    t.selection = QColor(0xd5, 0x5e, 0x00);
    t.added = QColor(0x00, 0x9e, 0x73);
    t.removed = QColor(0xd5, 0x5e, 0x00);
    t.edgeAlpha = 0.45;
    return t;
}

Theme Theme::dark()
{
    Theme t;
    t.id = Id::Dark;
    t.darkGround = true;
    t.background = QColor(0x1c, 0x1f, 0x24);
    t.text = QColor(0xe8, 0xe8, 0xe6);
    t.mutedText = QColor(0xa8, 0xab, 0xb0);
    t.labelPlate = QColor(0x1c, 0x1f, 0x24, 200);
    t.nodeOutline = QColor(0x10, 0x10, 0x10);
    // The same Okabe–Ito hues, the blue lifted to sky blue so it reads on a dark ground.
    t.kinds[0] = QColor(0x56, 0xb4, 0xe9);
    t.kinds[1] = QColor(0xe6, 0x9f, 0x00);
    t.kinds[2] = QColor(0x2b, 0xc4, 0x98);
    t.kinds[3] = QColor(0xe0, 0x9c, 0xc4);
    t.selection = QColor(0xff, 0x8a, 0x3d);
    t.added = QColor(0x2b, 0xc4, 0x98);
    t.removed = QColor(0xff, 0x8a, 0x3d);
    t.edgeAlpha = 0.5;
    return t;
}

Theme Theme::print()
{
    Theme t;
    t.id = Id::Print;
    t.background = QColor(0xff, 0xff, 0xff);
    t.text = QColor(0x00, 0x00, 0x00);
    t.mutedText = QColor(0x33, 0x33, 0x33);
    t.labelPlate = QColor(255, 255, 255, 235);
    t.nodeOutline = QColor(0x00, 0x00, 0x00);
    // Okabe–Ito again, chosen so the four kinds also differ in lightness on a greyscale copy
    // (dark blue, light orange, mid green, light purple); shapes carry the rest.
    t.kinds[0] = QColor(0x00, 0x5a, 0x8c);
    t.kinds[1] = QColor(0xf0, 0xb4, 0x30);
    t.kinds[2] = QColor(0x00, 0x7d, 0x5b);
    t.kinds[3] = QColor(0xd8, 0x9c, 0xc0);
    t.selection = QColor(0xd5, 0x5e, 0x00);
    t.added = QColor(0x00, 0x7d, 0x5b);
    t.removed = QColor(0xb0, 0x3a, 0x00);
    t.edgeAlpha = 0.7;
    return t;
}

Theme Theme::forId(Id id)
{
    switch (id) {
    case Id::Dark:
        return dark();
    case Id::Print:
        return print();
    case Id::Light:
        break;
    }
    return light();
}

QString Theme::name(Id id)
{
    switch (id) {
    case Id::Dark:
        return QStringLiteral("dark");
    case Id::Print:
        return QStringLiteral("print");
    case Id::Light:
        break;
    }
    return QStringLiteral("light");
}

bool Theme::fromName(const QString& name, Id* out)
{
    for (Id id : {Id::Light, Id::Dark, Id::Print})
        if (name.compare(Theme::name(id), Qt::CaseInsensitive) == 0) {
            *out = id;
            return true;
        }
    return false;
}

QStringList Theme::names()
{
    return {name(Id::Light), name(Id::Dark), name(Id::Print)};
}

const Theme& Theme::current()
{
    return currentTheme();
}

void Theme::setCurrent(Id id)
{
    currentTheme() = forId(id);
}

QColor Theme::kindColour(EntityKind kind) const
{
    switch (kind) {
    case EntityKind::Actor:
        return kinds[0];
    case EntityKind::Organisation:
        return kinds[1];
    case EntityKind::Treaty:
        return kinds[2];
    case EntityKind::Mechanism:
        break;
    }
    return kinds[3];
}

QColor Theme::adaptRelationColour(const QColor& colour) const
{
    if (darkGround)
        return colour.lightness() < 110 ? colour.lighter(170) : colour.lighter(115);
    if (id == Id::Print)
        return colour.lightness() > 150 ? colour.darker(135) : colour;
    return colour;
}

} // namespace entente
