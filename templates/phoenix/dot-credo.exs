# Credo, the Elixir linter: `mix credo`. Its default checks, over the app's code.
%{
  configs: [
    %{
      name: "default",
      files: %{
        included: ["lib/", "config/", "test/", "priv/repo/"],
        excluded: [~r"/_build/", ~r"/deps/"]
      }
    }
  ]
}
