class Env {
    static final String KEY = System.getenv("AWS_ACCESS_KEY_ID");
}
