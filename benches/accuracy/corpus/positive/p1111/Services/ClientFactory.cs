namespace Acme.Api;

public static class Settings
{
    public const string RampClientId = "ramp_id_fKby9GYP3irGkMWL8hAH9EPP9HXuUZHpOM7y5xFm";
    public const string RampClientSecret = "ramp_sec_jAFjFt1Mp7SCXYvVUU8Z9mUhhEsf4H1E3rt2SjDwyHF4rDVb";
}
