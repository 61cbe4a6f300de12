package dev.appyaml.rules.toplevel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Start commands and the fixed port AY503 finds in them (0: none). */
class FixedPortTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "gunicorn -b :8000 main:app | 8000",
      "gunicorn --bind=0.0.0.0:8001 main:app | 8001",
      "gunicorn -b 127.0.0.1:5000 -w 2 main:app | 5000",
      "uvicorn main:app --host 0.0.0.0 --port 3000 | 3000",
      "flask run -p 5000 | 5000",
      "bundle exec rails server -p 3000 -b 0.0.0.0 | 3000",
      "php -S 0.0.0.0:8081 -t public | 8081",
      "uwsgi --http :9090 --wsgi-file main.py | 9090",
      "waitress-serve --listen=*:8082 main:app | 8082",
      "serve -s build -l 4000 | 4000",
      "java -Dserver.port=8083 -jar app.jar | 8083",
      "PORT=3001 npm start | 3001",
      "python manage.py runserver 8000 | 8000",
      "python manage.py runserver 0.0.0.0:8000 | 8000",
      "streamlit run app.py --server.port 8084 | 8084",
      "'[\"gunicorn\", \"-b\", \":7000\", \"main:app\"]' | 7000",
      "gunicorn -b :$PORT main:app | 0",
      "bundle exec rackup --port ${PORT} | 0",
      "java -jar app.jar --server.port=${PORT:-8080} | 0",
      "node server.js | 0",
      "bundle exec rails server -b 0.0.0.0 | 0",
      "mkdir -p tmp && gunicorn -w 4 --timeout 8000 main:app | 0",
      "java -cp \"*\" com.example.Main app.war | 0",
      "cloud_sql_proxy -instances=p:r:db=tcp:5432 & node app.js | 0",
      "DATABASE_URL=postgres://localhost:5432/db node app.js | 0",
      "gunicorn --bind unix:/tmp/app.sock main:app | 0",
      "python main.py --port 99999 | 0",
  })
  void findsTheFixedPort(String command, int port) {
    Optional<Integer> found = FixedPort.find(command).map(FixedPort.Binding::port);
    assertEquals(port == 0 ? Optional.empty() : Optional.of(port), found, command);
  }
}
