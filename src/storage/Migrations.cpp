#include "Migrations.h"

#include "Database.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QMap>

namespace sochibo::storage {
namespace {

QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    const QDir dir(QStringLiteral(":/schema"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int number = name.left(4).toInt(&ok);
        if (ok && number > 0)
            files.insert(number, dir.filePath(name));
    }
    return files;
}

} // namespace

int Migrations::latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

void Migrations::apply(const Database &db)
{
    const int current = db.schemaVersion();
    const auto files = migrationFiles();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (it.key() <= current)
            continue;
        QFile f(it.value());
        if (!f.open(QIODevice::ReadOnly))
            throw StorageError(StorageError::Kind::Other,
                               QStringLiteral("Thiếu tệp lược đồ %1.").arg(it.value()));
        Transaction tx(db);
        db.exec(QString::fromUtf8(f.readAll()));
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(it.key()));
        // The mark "this file is ours" in the same transaction as the schema: a crash can
        // never leave our tables without it.
        db.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId));
        tx.commit();
    }
}

} // namespace sochibo::storage
