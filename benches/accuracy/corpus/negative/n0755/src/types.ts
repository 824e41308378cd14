export interface Credentials {
  username: string;
  password: string;
  apiKey?: string;
  token: string | null;
}
