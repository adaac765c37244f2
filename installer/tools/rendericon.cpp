// Renders Rollbook's SVG icon into the files the platforms want: PNGs for the hicolor theme and
// the window icon, a .ico for Windows and a .icns for macOS. Run it by hand when the SVG changes
// (cmake --build <build> --target rollbook_icons) and commit what it writes: the packages then
// need neither Qt Svg nor an image converter at build time.
//
// Usage: rendericon ICON.svg OUTPUT_FOLDER

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QList>
#include <QSaveFile>
#include <QtEndian>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString iconName = u"no.rollbook.Rollbook"_s;

QByteArray renderPng(const QString &svg, int size)
{
    QImageReader reader(svg, "svg");
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read().convertToFormat(QImage::Format_ARGB32);
    if (image.isNull()) {
        std::fprintf(stderr, "rendericon: cannot render %s at %d px: %s\n", qPrintable(svg), size,
                     qPrintable(reader.errorString()));
        return {};
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void appendBigEndian32(QByteArray &out, quint32 value)
{
    const quint32 big = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&big), 4);
}

void appendLittleEndian(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

// A .ico whose images are PNGs (Windows Vista and later read these).
QByteArray icoFile(const QList<std::pair<int, QByteArray>> &pngs)
{
    QByteArray header;
    appendLittleEndian(header, 0, 2); // reserved
    appendLittleEndian(header, 1, 2); // type: icon
    appendLittleEndian(header, quint32(pngs.size()), 2);
    QByteArray data;
    quint32 offset = quint32(6 + 16 * pngs.size());
    for (const auto &[size, png] : pngs) {
        header.append(char(size >= 256 ? 0 : size)); // 0 means 256
        header.append(char(size >= 256 ? 0 : size));
        header.append(char(0));            // no palette
        header.append(char(0));            // reserved
        appendLittleEndian(header, 1, 2);  // colour planes
        appendLittleEndian(header, 32, 2); // bits per pixel
        appendLittleEndian(header, quint32(png.size()), 4);
        appendLittleEndian(header, offset, 4);
        offset += quint32(png.size());
        data += png;
    }
    return header + data;
}

// A .icns with PNG entries (macOS 10.7 and later).
QByteArray icnsFile(const QList<std::pair<int, QByteArray>> &pngs)
{
    QByteArray body;
    for (const auto &[size, png] : pngs) {
        const char *type = nullptr;
        switch (size) {
        case 16:
            type = "icp4";
            break;
        case 32:
            type = "icp5";
            break;
        case 64:
            type = "icp6";
            break;
        case 128:
            type = "ic07";
            break;
        case 256:
            type = "ic08";
            break;
        case 512:
            type = "ic09";
            break;
        default:
            continue;
        }
        body.append(type, 4);
        appendBigEndian32(body, quint32(png.size() + 8));
        body += png;
    }
    QByteArray file("icns", 4);
    appendBigEndian32(file, quint32(body.size() + 8));
    return file + body;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "rendericon: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: rendericon ICON.svg OUTPUT_FOLDER\n");
        return 2;
    }
    const QString svg = args.at(1);
    const QDir out(args.at(2));

    QList<std::pair<int, QByteArray>> pngs;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        const QByteArray png = renderPng(svg, size);
        if (png.isEmpty())
            return 1;
        pngs.append({size, png});
        const QString folder = u"hicolor/%1x%1/apps/"_s.arg(size);
        if (size <= 256 && !write(out.filePath(folder + iconName + u".png"_s), png))
            return 1;
    }
    QList<std::pair<int, QByteArray>> ico;
    for (const auto &entry : pngs) {
        if (entry.first <= 256)
            ico.append(entry);
    }
    if (!write(out.filePath(u"rollbook.ico"_s), icoFile(ico)) ||
        !write(out.filePath(u"rollbook.icns"_s), icnsFile(pngs)))
        return 1;
    return 0;
}
