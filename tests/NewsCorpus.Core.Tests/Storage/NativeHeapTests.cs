using System.Runtime.InteropServices;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Storage;

/// <summary>The store's native memory policy is taken by glibc and asked again harmlessly; elsewhere it is a no.</summary>
public sealed class NativeHeapTests
{
    private static bool OnGlibc => OperatingSystem.IsLinux() && !RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal);

    [Fact]
    public void Glibc_takes_the_fixed_threshold_and_takes_it_again()
    {
        Assert.Equal(OnGlibc, NativeHeap.GiveLargeBlocksBack());
        Assert.Equal(OnGlibc, NativeHeap.GiveLargeBlocksBack());
    }
}
