# Shared helpers of the benchmarks: a JDK 21+, the jar, a store started on a fresh data folder.

bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The java of a JDK 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
find_java() {
  local candidate version
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV) "$(command -v java)"; do
    [ -x "$candidate" ] || continue
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  echo "No JDK 21 or newer found (set JAVA_HOME)" >&2
  return 1
}

build_jar() {
  (cd "$bench_root" && ./mvnw -q -B -ntp -DskipTests package) >&2
  ls "$bench_root"/target/store-*.jar | grep -v plain | head -n 1
}

# Unpacks the jar the way production runs it and trains the JVM's ahead-of-time cache (JDK 25,
# JEP 483/514) with one start that stops after the context refresh. Prints the unpacked jar; the
# cache is target/bench-app/app.aot. With JDK 21-24 it only unpacks. Sets APP_JAR and AOT_OPTS.
prepare_aot() {
  local jar=$1 dir="$bench_root/target/bench-app" data
  rm -rf "$dir"
  "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir" >&2
  data=$(mktemp -d /tmp/wtigg-bench-train.XXXXXX)
  if "$JAVA" -XX:AOTCacheOutput="$dir/app.aot" -Dspring.context.exit=onRefresh -jar "$dir/$(basename "$jar")" \
      --store.database.data-dir="$data" --server.port=0 --logging.level.root=WARN > "$dir/training.log" 2>&1; then
    AOT_OPTS="-XX:AOTCache=$dir/app.aot"
  else
    AOT_OPTS=""
  fi
  rm -rf "$data"
  APP_JAR="$dir/$(basename "$jar")"
}

# Starts the jar on a data folder (a new one unless given); sets STORE_PID, STORE_URL,
# STORE_START_MS (to the first 200 on /), STORE_DB_PORT and STORE_DATA.
start_store() {
  local jar=$1 port=$2 data=${3:-$(mktemp -d /tmp/wtigg-bench.XXXXXX)}
  STORE_DATA=$data
  STORE_URL="http://127.0.0.1:$port"
  STORE_DB_PORT=$((port + 1))
  local started=$(date +%s%N)
  "$JAVA" $JVM_OPTS ${AOT_OPTS:-} -jar "$jar" --server.port="$port" --store.database.data-dir="$data" \
      --store.database.port="$STORE_DB_PORT" --logging.level.root=WARN ${STORE_ARGS:-} > "$data/store.log" 2>&1 &
  STORE_PID=$!
  until curl -fs -o /dev/null "$STORE_URL/"; do
    if ! kill -0 "$STORE_PID" 2>/dev/null; then cat "$data/store.log" >&2; return 1; fi
    sleep 0.05
  done
  STORE_START_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

stop_store() {
  kill "$STORE_PID" 2>/dev/null && wait "$STORE_PID" 2>/dev/null || true
}

stop_store_and_clean() {
  stop_store
  rm -rf "$STORE_DATA"
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
