#include "defaultdataset.h"

#include <QFile>

namespace entente {

QByteArray DefaultDataset::image()
{
    QFile f(QStringLiteral(":/entente/default.entente"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

std::unique_ptr<SqliteProjectStore> DefaultDataset::open()
{
    return SqliteProjectStore::openImage(image(), label());
}

} // namespace entente
