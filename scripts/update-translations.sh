#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources (developers run this after changing strings;
# the build compiles the .ts files, it never rewrites them).
#
# lupdate 6.4 does not understand C++17 nested namespaces (namespace za::ui {), so it files the strings
# of za::ui::MainWindow under "MainWindow"; tr() looks them up under the class's full name. The fix-up
# below renames such contexts to the namespace of the header that declares the class.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
lupdate=/usr/lib/qt6/bin/lupdate
ts_files=(resources/translations/zonearchive_zh_CN.ts resources/translations/zonearchive_en.ts)
# Keep the current files: translations lupdate drops (a message whose context changed) are restored
# from them by source text at the end.
memory=$(mktemp -d)
trap 'rm -rf "$memory"' EXIT
for ts in "${ts_files[@]}"; do
    [ -f "$ts" ] && cp "$ts" "$memory/"
done

# lupdate matches messages by context, so first give the files the contexts lupdate itself produces
# (class names without their namespace), then restore the run-time names below.
for ts in "${ts_files[@]}"; do
    [ -f "$ts" ] && sed -i -E 's|<name>za::[a-z]+::([A-Za-z0-9_]+)</name>|<name>\1</name>|' "$ts"
done
"$lupdate" -silent -locations none -no-obsolete core ui app resources/appresources.cpp -ts "${ts_files[@]}"

# Contexts as tr() sees them at run time: a Q_OBJECT class's full name, otherwise the namespace string that
# the file's tr() helper passes to QCoreApplication::translate.
for ts in "${ts_files[@]}"; do
    for context in $(grep -o '<name>[A-Za-z0-9_:]*</name>' "$ts" | sed 's/<[^>]*>//g' | sort -u); do
        class=${context##*::}
        header=$(grep -rlE "^class ${class}( final)?( :|$)" core ui --include='*.h' | head -n 1 || true)
        if [ -z "$header" ] && [ "${context%::*}" != "$context" ]; then
            # A nested class (Importer::Private) translates as the class it is declared in.
            outer=${context%::*}
            class=${outer##*::}
            header=$(grep -rlE "^class ${class}( final)?( :|$)" core ui --include='*.h' | head -n 1 || true)
        fi
        [ -n "$header" ] || continue
        line=$(grep -nE "^class ${class}( final)?( :|$)" "$header" | head -n 1 | cut -d: -f1)
        namespace=$(head -n "$line" "$header" | grep -oE '^namespace za::[a-z]+' | tail -n 1 | sed 's/^namespace //')
        [ -n "$namespace" ] || continue
        if grep -q 'Q_OBJECT' "$header"; then
            target="${namespace}::${class}"
        else
            target="${namespace}"
        fi
        [ "$target" = "$context" ] || sed -i "s|<name>${context}</name>|<name>${target}</name>|" "$ts"
    done
done
sed -i 's/<TS version="2.1" language="zh_CN">/<TS version="2.1" language="zh_CN" sourcelanguage="en">/' \
    resources/translations/zonearchive_zh_CN.ts
for ts in "${ts_files[@]}"; do
    python3 "$top/scripts/ts-memory.py" "$ts" "$memory/$(basename "$ts")"
done
echo "Updated ${ts_files[*]}"
