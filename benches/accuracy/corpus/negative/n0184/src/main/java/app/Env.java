class Env {
    static final String KEY = System.getenv("SLACK_BOT_TOKEN");
}
