class Env {
    static final String KEY = System.getenv("DATABRICKS_TOKEN");
}
