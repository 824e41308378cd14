class Env {
    static final String KEY = System.getenv("OPENAI_API_KEY");
}
