using System.Runtime.InteropServices;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Storage;

/// <summary>glibc gives the native heap's free pages back, as often as asked; elsewhere the call says no.</summary>
public sealed class NativeHeapTests
{
    private static bool OnGlibc => OperatingSystem.IsLinux() && !RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal);

    [Fact]
    public void Glibc_gives_free_pages_back_and_does_so_again()
    {
        Assert.Equal(OnGlibc, NativeHeap.GiveFreeMemoryBack());
        Assert.Equal(OnGlibc, NativeHeap.GiveFreeMemoryBack());
    }
}
