Console.WriteLine("Design-time project for dotnet ef; nothing to run.");
