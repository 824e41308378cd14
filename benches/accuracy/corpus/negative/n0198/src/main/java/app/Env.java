class Env {
    static final String KEY = System.getenv("CLIENT_SECRET");
}
