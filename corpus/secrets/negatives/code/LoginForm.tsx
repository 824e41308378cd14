export function LoginForm() {
  const [password, setPassword] = useState("");
  const passwordInputId = "login-password-2";
  return (
    <form>
      <input type="password" name="password" id={passwordInputId} autoComplete="current-password" />
      <button data-testid="toggle-password-visibility">Show</button>
    </form>
  );
}
